// Starts a real sqld with namespaces (the testing harness, on the plugin's test class path), creates
// four tenants in its catalog and breaks one, and points the invoked build at it.
import dev.libsql4j.tenancy.SqldAdminTenantDatabases
import dev.libsql4j.tenancy.TenantName
import dev.libsql4j.testing.SqldNode

def node = SqldNode.builder().namespaces(true).start()
context.put('sqld', node)
def databases = SqldAdminTenantDatabases.builder(node.httpUrl(), node.adminUrl()).build()
try {
    (0..3).each { databases.create(TenantName.of("it-$it")) }
    def broken = databases.connection(TenantName.of('it-2')).newDataSource()
    try {
        broken.connection.withCloseable { it.createStatement().execute('CREATE TABLE note(legacy TEXT)') }
    } finally {
        broken.close()
    }
} finally {
    databases.close()
}
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text =
        "-Dlibsql4j.tenants.url=${node.httpUrl()}\n-Dlibsql4j.tenants.adminUrl=${node.adminUrl()}\n"
true
