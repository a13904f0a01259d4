package dev.libsql4j.consistency.spring;

import dev.libsql4j.consistency.Consistency;
import dev.libsql4j.consistency.WatermarkScope;
import dev.libsql4j.consistency.WriteWatermark;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Read-your-writes per Spring transaction: a watermark bound to the transaction's synchronization
 * and dropped when it completes, so reads in the same transaction on other connections (e.g. a
 * nested read-only transaction) see its writes. Outside a transaction there is no scope.
 */
public final class TransactionWatermarkScope implements WatermarkScope {

  private final Object key = new Object();

  @Override
  public WriteWatermark current() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    WriteWatermark watermark = (WriteWatermark) TransactionSynchronizationManager.getResource(key);
    if (watermark == null) {
      watermark = Consistency.newWatermark();
      TransactionSynchronizationManager.bindResource(key, watermark);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
      });
    }
    return watermark;
  }
}
