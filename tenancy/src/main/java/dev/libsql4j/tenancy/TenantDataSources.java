package dev.libsql4j.tenancy;

import dev.libsql4j.hrana.http.HranaHttpClient;
import dev.libsql4j.tenancy.migration.TenantMigration;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * Connections to any tenant's database through a bounded cache of per-tenant pools, so that 10,000
 * tenants never mean 10,000 live pools (each pool owns an HTTP client and its keep-alive sockets).
 *
 * <ul>
 *   <li>All pools send through one JDK HTTP client (one selector thread, one keep-alive pool):
 *       requests of different tenants on one server differ only in their namespace header.</li>
 *   <li>At most {@link Builder#maxPools} pools live at once; opening one more closes the least
 *       recently used pool that has no connection checked out. Only while more tenants than that
 *       have connections checked out at the same moment does the cache grow past the bound, and it
 *       shrinks back as they are returned.</li>
 *   <li>A pool unused for {@link Builder#idleTimeout} is closed by one shared background thread.</li>
 *   <li>{@link #delete(TenantName)} deletes the database and closes its pool; a later
 *       {@link #getConnection(TenantName)} fails with {@link UnknownTenantException} (08004).</li>
 *   <li>With {@link Builder#migrateOnFirstUse}, a tenant is migrated before its first connection in
 *       this process is handed out (lazy migration).</li>
 * </ul>
 *
 * <pre>{@code
 * TenantDataSources tenants = TenantDataSources.builder(databases).maxPools(64).build();
 * try (Connection c = tenants.getConnection(TenantName.of("acme"))) { ... }
 * }</pre>
 */
public final class TenantDataSources implements AutoCloseable {

  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(TenantDataSources.class);
  /** Runs of {@link #withConnection} work when the server briefly misses an existing tenant. */
  static final int ATTEMPTS = 3;

  /** The pool settings, fixed at build time. */
  record Settings(int maxPools, Duration idleTimeout, int maxConnectionsPerTenant, Duration connectionTimeout) {
  }

  private final TenantDatabases databases;
  private final Settings settings;
  private final ReentrantLock lock = new ReentrantLock();
  /** Access-ordered: the first entry is the least recently used. */
  private final LinkedHashMap<TenantName, TenantPool> pools = new LinkedHashMap<>(16, 0.75f, true);
  private final Set<TenantName> deleted = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService housekeeping;
  private final ThreadFactory poolThreads;
  /** Null unless {@link Builder#migrateOnFirstUse} was set. */
  private final FirstUseMigration firstUse;
  /** One JDK client for every pool: one selector thread and one keep-alive pool, however many tenants. */
  private final HttpClient http;
  private final AtomicLong opened = new AtomicLong();
  private final AtomicLong closed = new AtomicLong();
  private volatile boolean shutdown;

  private TenantDataSources(Builder builder) {
    this.databases = builder.databases;
    this.settings = new Settings(builder.maxPools, builder.idleTimeout, builder.maxConnectionsPerTenant,
        builder.connectionTimeout);
    ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, DaemonThreads.named("libsql4j-tenant-pools"));
    // HikariCP schedules per-connection max-lifetime tasks here; cancelled ones must not pile up,
    // and close() must not wait for the pending ones.
    scheduler.setRemoveOnCancelPolicy(true);
    scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    this.housekeeping = scheduler;
    this.poolThreads = DaemonThreads.named("libsql4j-tenant-pool");
    this.firstUse = builder.firstUseMigration == null ? null : new FirstUseMigration(builder.firstUseMigration);
    this.http = HranaHttpClient.newHttpClient(builder.connectionTimeout);
    long sweepMillis = Math.max(1, builder.idleTimeout.toMillis() / 2);
    housekeeping.scheduleWithFixedDelay(this::closeIdlePools, sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
  }

  /** A builder for pools of the tenants of {@code databases}. */
  public static Builder builder(TenantDatabases databases) {
    return new Builder(databases);
  }

  /** The provisioner whose tenants these are. */
  public TenantDatabases databases() {
    return databases;
  }

  /**
   * A connection to the tenant's database from its pool (opened on demand). With
   * {@link Builder#migrateOnFirstUse}, the tenant's first connection in this process waits for its
   * migration.
   *
   * @throws UnknownTenantException when the tenant was deleted through {@link #delete}, or the
   *     first-use migration found no database
   */
  public Connection getConnection(TenantName tenant) throws SQLException {
    if (shutdown) {
      throw new SQLException("The tenant data sources are closed", "08003");
    }
    if (deleted.contains(tenant)) {
      throw new UnknownTenantException(tenant);
    }
    TenantPool pool = borrow(tenant);
    try {
      if (firstUse != null) {
        firstUse.ensureMigrated(pool);
      }
      return pool.getConnection();
    } finally {
      lock.lock();
      try {
        pool.returned(System.nanoTime());
      } finally {
        lock.unlock();
      }
    }
  }

  /**
   * Runs {@code work} on a connection of the tenant and returns its result. When the server answers
   * that the tenant's database does not exist (SQLState 08004 anywhere in the exception's causes)
   * although {@link TenantDatabases#exists} says it does, the work runs again, up to
   * {@value #ATTEMPTS} times in all: sqld 0.24 answers so, for a moment, while it swaps namespaces
   * in and out of memory (more than {@code --max-active-namespaces} in use) — a refused request was
   * not executed. Work that fails part-way for that reason is repeated from its start, so it must
   * be idempotent (migrations and queries are); a tenant that really is gone fails at once.
   */
  public <T> T withConnection(TenantName tenant, ConnectionWork<T> work) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = getConnection(tenant)) {
        return work.apply(connection);
      } catch (Exception e) {
        if (attempt == ATTEMPTS || !isMissingDatabase(e) || deleted.contains(tenant) || !databases.exists(tenant)) {
          throw e;
        }
        LOG.debug("Tenant '{}' exists but the server said it does not (attempt {}); running again", tenant, attempt);
        evict(tenant);
        Thread.sleep(50L * attempt);
      }
    }
  }

  /** Whether {@code e} or one of its causes is the server's "no such database" (SQLState 08004). */
  public static boolean isMissingDatabase(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && UnknownTenantException.SQL_STATE.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A {@link DataSource} for one tenant, for frameworks that want one. It holds no pool itself: each
   * {@code getConnection()} goes through this cache, so eviction never leaves it pointing at a
   * closed pool.
   */
  public DataSource dataSource(TenantName tenant) {
    return new OneTenant(tenant);
  }

  /** Creates the tenant's database (and forgets an earlier deletion of that name). */
  public void create(TenantName tenant) {
    databases.create(tenant);
    deleted.remove(tenant);
    if (firstUse != null) {
      firstUse.forget(tenant);
    }
  }

  /**
   * Deletes the tenant's database, then closes its pool; later connections to it fail with
   * {@link UnknownTenantException}.
   *
   * @throws TenantNotFoundException when there was no such database
   */
  public void delete(TenantName tenant) {
    databases.delete(tenant);
    deleted.add(tenant);
    if (firstUse != null) {
      firstUse.forget(tenant);
    }
    evict(tenant);
  }

  /** Closes the tenant's pool now, if it is open (it is opened again on next use). */
  public void evict(TenantName tenant) {
    TenantPool pool;
    lock.lock();
    try {
      pool = pools.remove(tenant);
    } finally {
      lock.unlock();
    }
    if (pool != null) {
      closePool(pool);
    }
  }

  /** The number of pools open right now. */
  public int openPools() {
    lock.lock();
    try {
      return pools.size();
    } finally {
      lock.unlock();
    }
  }

  /** The number of pools opened since start. */
  public long poolsOpened() {
    return opened.get();
  }

  /** The number of pools closed since start (evicted, idle or deleted). */
  public long poolsClosed() {
    return closed.get();
  }

  /** Closes every pool and the housekeeping thread. */
  @Override
  public void close() {
    shutdown = true;
    housekeeping.shutdown();   // lets a sweep that is closing pools finish
    try {
      housekeeping.awaitTermination(settings.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<TenantPool> all;
    lock.lock();
    try {
      all = new ArrayList<>(pools.values());
      pools.clear();
    } finally {
      lock.unlock();
    }
    all.forEach(this::closePool);
  }

  private TenantPool borrow(TenantName tenant) {
    lock.lock();
    try {
      TenantPool pool = pools.get(tenant);
      if (pool != null) {
        pool.borrow();
        return pool;
      }
    } finally {
      lock.unlock();
    }
    // Resolving may take requests (Turso mints a token): not under the lock.
    TenantConnection connection = databases.connection(tenant);
    List<TenantPool> evicted = new ArrayList<>();
    TenantPool pool;
    lock.lock();
    try {
      pool = pools.get(tenant);
      if (pool == null) {
        pool = new TenantPool(connection, settings, http, housekeeping, poolThreads);
        opened.incrementAndGet();
        pools.put(tenant, pool);
      }
      pool.borrow();   // before evicting, so that the pool just opened is not taken for idle
      evictOverflow(evicted);
    } finally {
      lock.unlock();
    }
    evicted.forEach(this::closePool);
    return pool;
  }

  /** Takes least recently used idle pools out until the bound holds again (caller holds the lock). */
  private void evictOverflow(List<TenantPool> evicted) {
    Iterator<TenantPool> oldestFirst = pools.values().iterator();
    while (pools.size() > settings.maxPools() && oldestFirst.hasNext()) {
      TenantPool candidate = oldestFirst.next();
      if (candidate.idle()) {
        oldestFirst.remove();
        evicted.add(candidate);
      }
    }
  }

  private void closeIdlePools() {
    long cutoff = System.nanoTime() - settings.idleTimeout().toNanos();
    List<TenantPool> idle = new ArrayList<>();
    lock.lock();
    try {
      Iterator<Map.Entry<TenantName, TenantPool>> entries = pools.entrySet().iterator();
      while (entries.hasNext()) {
        TenantPool pool = entries.next().getValue();
        if (pool.idle() && pool.lastUsedNanos() - cutoff < 0) {
          entries.remove();
          idle.add(pool);
        }
      }
      // Pools past the bound whose connections have come back since.
      evictOverflow(idle);
    } finally {
      lock.unlock();
    }
    idle.forEach(this::closePool);
  }

  private void closePool(TenantPool pool) {
    try {
      pool.close();
    } catch (RuntimeException e) {
      LOG.warn("Closing the pool of tenant '{}' failed", pool.tenant(), e);
    }
    closed.incrementAndGet();
  }

  /** The DataSource view of one tenant. */
  private final class OneTenant implements DataSource {

    private final TenantName tenant;

    OneTenant(TenantName tenant) {
      this.tenant = tenant;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return TenantDataSources.this.getConnection(tenant);
    }

    /** Credentials come from the tenant's {@link TenantConnection}; these are ignored. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
      // Logging goes through SLF4J.
    }

    @Override
    public void setLoginTimeout(int seconds) {
      // The pools' connectionTimeout applies.
    }

    @Override
    public int getLoginTimeout() {
      return (int) settings.connectionTimeout().toSeconds();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException("Logging goes through SLF4J", "0A000");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      if (iface.isInstance(this)) {
        return iface.cast(this);
      }
      throw new SQLException("Not a wrapper for " + iface.getName(), "HY000");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return iface.isInstance(this);
    }

    @Override
    public String toString() {
      return "TenantDataSource[" + tenant + "]";
    }
  }

  /** Configures {@link TenantDataSources}. */
  public static final class Builder {

    private final TenantDatabases databases;
    private int maxPools = 64;
    private Duration idleTimeout = Duration.ofMinutes(5);
    private int maxConnectionsPerTenant = 4;
    private Duration connectionTimeout = Duration.ofSeconds(10);
    private TenantMigration firstUseMigration;

    private Builder(TenantDatabases databases) {
      this.databases = Objects.requireNonNull(databases, "databases");
    }

    /** The most pools open at once (default 64). */
    public Builder maxPools(int maxPools) {
      if (maxPools < 1) {
        throw new IllegalArgumentException("maxPools must be at least 1, not " + maxPools);
      }
      this.maxPools = maxPools;
      return this;
    }

    /** How long an unused pool stays open (default 5 minutes). */
    public Builder idleTimeout(Duration idleTimeout) {
      if (idleTimeout.isNegative() || idleTimeout.isZero()) {
        throw new IllegalArgumentException("idleTimeout must be positive, not " + idleTimeout);
      }
      this.idleTimeout = idleTimeout;
      return this;
    }

    /** The size of each tenant's pool (default 4). */
    public Builder maxConnectionsPerTenant(int connections) {
      if (connections < 1) {
        throw new IllegalArgumentException("maxConnectionsPerTenant must be at least 1, not " + connections);
      }
      this.maxConnectionsPerTenant = connections;
      return this;
    }

    /** How long {@code getConnection} waits for a connection of a busy tenant's pool (default 10 s). */
    public Builder connectionTimeout(Duration timeout) {
      this.connectionTimeout = timeout;
      return this;
    }

    /**
     * Migrates each tenant with {@code migration} before its first connection in this process is
     * handed out (once per tenant and process; a failed run is tried again on the next
     * {@code getConnection}). Off by default: migrate with a
     * {@link dev.libsql4j.tenancy.migration.TenantMigrator} instead.
     */
    public Builder migrateOnFirstUse(TenantMigration migration) {
      this.firstUseMigration = Objects.requireNonNull(migration, "migration");
      return this;
    }

    /** Starts the cache (and its one housekeeping thread). */
    public TenantDataSources build() {
      return new TenantDataSources(this);
    }
  }
}
