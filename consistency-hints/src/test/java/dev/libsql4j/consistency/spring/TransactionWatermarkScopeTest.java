package dev.libsql4j.consistency.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.consistency.WriteWatermark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** The transaction scope follows Spring's transaction synchronization, as a transaction manager drives it. */
class TransactionWatermarkScopeTest {

  private final TransactionWatermarkScope scope = new TransactionWatermarkScope();

  @AfterEach
  void clear() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  @Test
  void outsideATransactionThereIsNoScope() {
    assertThat(scope.current()).isNull();
  }

  @Test
  void oneTransactionSharesOneWatermarkThatEndsWithIt() {
    TransactionSynchronizationManager.initSynchronization();
    WriteWatermark watermark = scope.current();
    watermark.wrote(42);
    assertThat(scope.current()).isSameAs(watermark);

    TransactionSynchronizationUtils.invokeAfterCompletion(
        TransactionSynchronizationManager.getSynchronizations(), TransactionSynchronization.STATUS_COMMITTED);
    TransactionSynchronizationManager.clearSynchronization();
    TransactionSynchronizationManager.initSynchronization();

    assertThat(scope.current()).isNotSameAs(watermark);
    assertThat(scope.current().index()).isZero();
  }
}
