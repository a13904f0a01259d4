package dev.libsql4j.hibernate;

import org.hibernate.boot.ResourceStreamLocator;
import org.hibernate.boot.spi.AdditionalMappingContributions;
import org.hibernate.boot.spi.AdditionalMappingContributor;
import org.hibernate.boot.spi.InFlightMetadataCollector;
import org.hibernate.boot.spi.MetadataBuildingContext;
import org.hibernate.generator.Generator;
import org.hibernate.generator.GeneratorCreationContext;
import org.hibernate.id.enhanced.TableGenerator;
import org.hibernate.mapping.GeneratorCreator;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.SimpleValue;

/**
 * Makes every entity whose ids come from Hibernate's stock {@link TableGenerator}
 * ({@code @GeneratedValue(strategy = TABLE)}, {@code @TableGenerator}) fetch its id blocks with one
 * request ({@link OneRequestTableGenerator}), when the dialect is {@link LibSqlDialect} and the
 * server has {@code RETURNING}. Mappings stay as they are; other dialects and generators
 * (subclasses of {@code TableGenerator} included) are left alone.
 *
 * <p>Found by Hibernate through {@code META-INF/services}: it runs after the annotations are bound
 * and before the generators are created.
 */
public final class OneRequestTableIds implements AdditionalMappingContributor {

  @Override
  public String getContributorName() {
    return "libsql4j";
  }

  @Override
  public void contribute(AdditionalMappingContributions contributions, InFlightMetadataCollector metadata,
      ResourceStreamLocator resourceStreamLocator, MetadataBuildingContext buildingContext) {
    if (!(metadata.getDatabase().getDialect() instanceof LibSqlDialect dialect) || !dialect.features().returning()) {
      return;
    }
    for (var entity : metadata.getEntityBindings()) {
      if (entity instanceof RootClass && entity.getIdentifier() instanceof SimpleValue id
          && id.getCustomIdGeneratorCreator() != null) {
        id.setCustomIdGeneratorCreator(new OneRequestWhenStock(id.getCustomIdGeneratorCreator()));
      }
    }
  }

  /** Creates the generator the mapping asks for, and wraps it when it is the stock TableGenerator. */
  private record OneRequestWhenStock(GeneratorCreator mapped) implements GeneratorCreator {

    @Override
    public Generator createGenerator(GeneratorCreationContext context) {
      Generator generator = mapped.createGenerator(context);
      return generator.getClass() == TableGenerator.class
          ? new OneRequestTableGenerator((TableGenerator) generator, context)
          : generator;
    }

    @Override
    public boolean isAssigned() {
      return mapped.isAssigned();
    }
  }
}
