// The build failed (invoker.properties) with the expected compiler-style messages and reports.
def log = new File(basedir, 'build.log').text
assert log.contains('src/main/resources/db/V1__init.sql:3:36: error[ilike]')
assert log.contains('src/main/resources/db/V1__init.sql:4:1: error[truncate]')
assert log.contains('src/main/resources/db/changelog.xml:6:5: error[add-auto-increment]: changeset ids (author ann), addAutoIncrement')
assert log.contains('src/main/java/demo/Accounts.java:6:18: error[ilike]: ILIKE is PostgreSQL')
assert log.contains('4 error(s), 0 warning(s)')
assert !log.contains('V0__mysql.sql')

def report = new File(basedir, 'target/libsql4j-lint/report.txt').text
assert report.contains('src/main/resources/db/V1__init.sql:3:36: error[ilike]')

def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/libsql4j-lint/TEST-libsql4j-lint.xml'))
assert junit.@tests == '4'
assert junit.@failures == '3'
assert junit.testcase.find { it.@name == 'src/main/resources/db/changelog.xml' }.failure.@type == 'add-auto-increment'
true
