// The three good tenants are migrated, the broken one is listed, and the journal records all four.
try {
    def log = new File(basedir, 'build.log').text
    assert log.contains('[INFO] Migrating 4 tenant(s), 0 already done by an earlier run')
    assert log.contains('[ERROR] FAILED it-2: ')
    assert log.contains(': 3 migrated, 0 skipped (done before), 1 failed, 0 not reached, of 4 tenants')
    assert log.contains('1 of 4 tenant(s) failed: it-2. Fix them and run the goal again')
    assert log.contains('BUILD FAILURE')

    def journal = new File(basedir, 'target/libsql4j-tenant-migrations.jsonl').readLines()
    assert journal.size() == 4
    assert journal.count { it.contains('"status":"MIGRATED"') } == 3
    assert journal.find { it.contains('"tenant":"it-2"') }.contains('"status":"FAILED"')
} finally {
    context.get('sqld').close()
}
true
