// Warnings are printed and reported, and do not fail the build.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/resources/db/V1__init.sql:4:18: warning[schema-qualified-name]')
assert log.contains('src/main/resources/db/changelog.yaml:11:')
assert log.contains('0 error(s), 2 warning(s)')
assert log.contains('BUILD SUCCESS')

def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/libsql4j-lint/TEST-libsql4j-lint.xml'))
assert junit.@tests == '2'
assert junit.@failures == '0'
true
