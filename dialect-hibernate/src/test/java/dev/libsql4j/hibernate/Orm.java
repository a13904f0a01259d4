package dev.libsql4j.hibernate;

import dev.libsql4j.hibernate.model.Address;
import dev.libsql4j.hibernate.model.BankTransfer;
import dev.libsql4j.hibernate.model.CardPayment;
import dev.libsql4j.hibernate.model.Customer;
import dev.libsql4j.hibernate.model.Payment;
import dev.libsql4j.hibernate.model.PurchaseOrder;
import dev.libsql4j.hibernate.model.Sample;
import dev.libsql4j.hibernate.model.Setting;
import dev.libsql4j.hibernate.model.Tag;
import dev.libsql4j.hibernate.model.Ticket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** Builds Hibernate session factories on a data source, the way an application would. */
final class Orm {

  /** Every entity of the test model. */
  static final List<Class<?>> MODEL = List.of(Customer.class, Address.class, PurchaseOrder.class, Tag.class,
      Payment.class, CardPayment.class, BankTransfer.class, Sample.class, Ticket.class, Setting.class);

  private Orm() {
  }

  /**
   * A session factory over {@code dataSource} for {@code entities}, with Hibernate choosing the
   * dialect itself unless {@code settings} names one.
   *
   * @param settings Hibernate settings, e.g. {@code hibernate.hbm2ddl.auto}
   */
  static SessionFactory sessionFactory(DataSource dataSource, Map<String, Object> settings, List<Class<?>> entities) {
    Map<String, Object> all = new HashMap<>(settings);
    all.put("hibernate.connection.datasource", dataSource);
    return new HibernatePersistenceConfiguration("libsql4j-test")
        .managedClasses(entities)
        .properties(all)
        .createEntityManagerFactory();
  }

  /** The model with the schema created at start and dropped at close. */
  static SessionFactory model(DataSource dataSource, Map<String, Object> settings) {
    Map<String, Object> all = new HashMap<>(settings);
    all.putIfAbsent("hibernate.hbm2ddl.auto", "create-drop");
    return sessionFactory(dataSource, all, MODEL);
  }
}
