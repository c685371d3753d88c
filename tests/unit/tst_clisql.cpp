// dsstudio with SQL datastores, as a user runs it: registration checks access against a real
// PostgreSQL and MariaDB (tests/support/with-sql.sh), ls walks schemas → tables → columns, cat
// prints a table's first rows as RFC 4180 CSV; a real process and a real throwaway keyring.
#include <nlohmann/json.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "services/core/csv.h"
#include "support/testenv.h"

using namespace Qt::Literals::StringLiterals;
using json = nlohmann::json;

namespace {

struct Server
{
    QString kind, type, host, port, user, password, database;
};

Server server(const QString &kind)
{
    const QString p = kind == u"postgres"_s ? u"PG_"_s : u"MARIADB_"_s;
    const auto env = [&p](const char *name) { return qEnvironmentVariable(qPrintable(p + QLatin1String(name))); };
    return {kind, kind == u"postgres"_s ? u"azure_postgresql"_s : u"azure_mysql"_s, env("HOST"), env("PORT"), env("USER"), env("PASSWORD"),
            env("DATABASE")};
}

QString schemaOf(const Server &s)
{
    return s.kind == u"postgres"_s ? u"Fiscal Year"_s : s.database;
}

QString quote(const Server &s, const QString &name)
{
    const QChar q = s.kind == u"postgres"_s ? u'"' : u'`';
    return q + QString(name).replace(q, QString(q) + q) + q;
}

} // namespace

class tst_CliSql : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void registerChecksAccess_data();
    void registerChecksAccess();
    void lsWalksSchemasTablesColumns_data();
    void lsWalksSchemasTablesColumns();
    void catPrintsRowsAsCsv_data();
    void catPrintsRowsAsCsv();

private:
    CliRun registerStore(const Server &s, const QString &name, const QString &password, bool validate = true);
    std::unique_ptr<TestEnv> m_env;
};

void tst_CliSql::initTestCase()
{
    for (const QString &kind : {u"postgres"_s, u"mariadb"_s}) {
        const Server s = server(kind);
        QVERIFY2(!s.host.isEmpty(), "run inside tests/support/with-sql.sh (it starts the servers)");
        QSqlDatabase db = QSqlDatabase::addDatabase(kind == u"postgres"_s ? u"QPSQL"_s : u"QMYSQL"_s, u"setup-"_s + kind);
        db.setHostName(s.host);
        db.setPort(s.port.toInt());
        db.setDatabaseName(s.database);
        db.setUserName(s.user);
        db.setPassword(s.password);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        const QString prefix = quote(s, schemaOf(s)) + u'.';
        if (kind == u"postgres"_s)
            QVERIFY2(q.exec(u"CREATE SCHEMA "_s + quote(s, schemaOf(s))), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"CREATE TABLE "_s + prefix + quote(s, u"Q1 \"Orders\""_s) + u" (id INTEGER PRIMARY KEY, note VARCHAR(80), amount DECIMAL(8,2))"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.prepare(u"INSERT INTO "_s + prefix + quote(s, u"Q1 \"Orders\""_s) + u" VALUES (?, ?, ?)"_s));
        const QStringList notes = {u"plain"_s, u"with, comma"_s, u"say \"hi\""_s, u"two\nlines"_s, u"Ünïcödé"_s};
        for (int i = 1; i <= 12; ++i) {
            q.addBindValue(i);
            q.addBindValue(i == 6 ? QVariant() : QVariant(notes.at(i % notes.size())));
            q.addBindValue(i * 1.5);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
}

void tst_CliSql::init()
{
    m_env = std::make_unique<TestEnv>();
}

void tst_CliSql::cleanup()
{
    m_env.reset();
}

CliRun tst_CliSql::registerStore(const Server &s, const QString &name, const QString &password, bool validate)
{
    QStringList args = {u"datastore"_s, u"register"_s, u"--type"_s, s.type, u"--name"_s, name, u"--server-name"_s, s.host,
                        u"--port"_s, s.port, u"--database-name"_s, s.database, u"--user-id"_s, s.user, u"--secret-stdin"_s};
    if (!validate)
        args << u"--skip-validation"_s;
    return m_env->cli(args, password.toUtf8() + '\n');
}

void tst_CliSql::registerChecksAccess_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("postgres") << u"postgres"_s;
    QTest::newRow("mariadb") << u"mariadb"_s;
}

void tst_CliSql::registerChecksAccess()
{
    QFETCH(QString, kind);
    const Server s = server(kind);
    // A wrong password: refused, said to be the login, nothing registered, the password never echoed.
    const CliRun bad = registerStore(s, u"sales"_s, u"not-the-password"_s);
    QVERIFY2(bad.exitCode != 0, qPrintable(bad.out));
    QVERIFY2(bad.err.contains(u"refused the login"_s), qPrintable(bad.err));
    QVERIFY(!bad.err.contains(u"not-the-password"_s) && !bad.out.contains(u"not-the-password"_s));
    QVERIFY(!m_env->cli({u"datastore"_s, u"list"_s}).out.contains(u"sales"_s));
    // The right one: checked, registered.
    const CliRun ok = registerStore(s, u"sales"_s, s.password);
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QVERIFY(ok.out.contains(u"Registered datastore 'sales'"_s));
    QVERIFY(!ok.out.contains(u"not validated"_s));
}

void tst_CliSql::lsWalksSchemasTablesColumns_data()
{
    registerChecksAccess_data();
}

void tst_CliSql::lsWalksSchemasTablesColumns()
{
    QFETCH(QString, kind);
    const Server s = server(kind);
    QCOMPARE(registerStore(s, u"sales"_s, s.password).exitCode, 0);
    const CliRun schemas = m_env->cli({u"ls"_s, u"sales"_s});
    QVERIFY2(schemas.exitCode == 0, qPrintable(schemas.err));
    QVERIFY2(schemas.out.contains(schemaOf(s) + u"/\t"_s), qPrintable(schemas.out));
    const CliRun tables = m_env->cli({u"ls"_s, u"sales/"_s + schemaOf(s)});
    QVERIFY2(tables.exitCode == 0, qPrintable(tables.err));
    QVERIFY2(tables.out.contains(schemaOf(s) + u"/Q1 \"Orders\"/\ttable\t"_s), qPrintable(tables.out));
    const CliRun columns = m_env->cli({u"ls"_s, u"sales/"_s + schemaOf(s) + u"/Q1 \"Orders\""_s, u"--json"_s});
    QVERIFY2(columns.exitCode == 0, qPrintable(columns.err));
    QStringList names;
    for (const QString &line : columns.out.split(u'\n', Qt::SkipEmptyParts)) {
        const json j = json::parse(line.toStdString());
        QVERIFY2(j["kind"] == "column", qPrintable(line));
        names << QString::fromStdString(j["path"].get<std::string>()).section(u'/', -1);
        if (names.last() == u"id"_s)
            QVERIFY2(QString::fromStdString(j["detail"].get<std::string>()).contains(u"primary key"_s), qPrintable(line));
    }
    QCOMPARE(names, (QStringList{u"id"_s, u"note"_s, u"amount"_s}));
    // A table that is not there.
    const CliRun missing = m_env->cli({u"cat"_s, u"sales/"_s + schemaOf(s) + u"/nope"_s});
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains(u"nope"_s), qPrintable(missing.err));
}

void tst_CliSql::catPrintsRowsAsCsv_data()
{
    registerChecksAccess_data();
}

void tst_CliSql::catPrintsRowsAsCsv()
{
    QFETCH(QString, kind);
    const Server s = server(kind);
    QCOMPARE(registerStore(s, u"sales"_s, s.password, false).exitCode, 0);
    const QString table = u"sales/"_s + schemaOf(s) + u"/Q1 \"Orders\""_s;
    const CliRun cat = m_env->cli({u"cat"_s, table, u"--rows"_s, u"7"_s});
    QVERIFY2(cat.exitCode == 0, qPrintable(cat.err));
    // Read back with an RFC 4180 reader: the header, then 7 rows in key order.
    qsizetype pos = 0;
    QCOMPARE(Csv::record(cat.out, pos), (QStringList{u"id"_s, u"note"_s, u"amount"_s}));
    QList<QStringList> rows;
    while (pos < cat.out.size())
        rows << Csv::record(cat.out, pos);
    QCOMPARE(rows.size(), 7);
    QCOMPARE(rows.at(0).at(0), u"1"_s);
    QCOMPARE(rows.at(0).at(1), u"with, comma"_s);
    QCOMPARE(rows.at(1).at(1), u"say \"hi\""_s);
    QCOMPARE(rows.at(2).at(1), u"two\nlines"_s);
    QCOMPARE(rows.at(3).at(1), u"Ünïcödé"_s);
    QCOMPARE(rows.at(5).at(1), QString()); // NULL
    QVERIFY2(rows.at(2).at(2).startsWith(u"4.5"_s), qPrintable(rows.at(2).at(2)));
    QVERIFY(cat.out.contains(u"\"say \"\"hi\"\"\""_s)); // quotes doubled inside a quoted field
    QVERIFY(cat.out.endsWith(u"\r\n"_s));
    // All of them by default (fewer than 100), and --bytes is refused for a table.
    const CliRun all = m_env->cli({u"cat"_s, table});
    QCOMPARE(all.exitCode, 0);
    pos = 0;
    int count = -1;
    while (pos < all.out.size()) {
        Csv::record(all.out, pos);
        ++count;
    }
    QCOMPARE(count, 12);
    const CliRun bytes = m_env->cli({u"cat"_s, table, u"--bytes"_s, u"10"_s});
    QVERIFY(bytes.exitCode != 0);
    QVERIFY2(bytes.err.contains(u"--rows"_s), qPrintable(bytes.err));
}

QTEST_GUILESS_MAIN(tst_CliSql)
#include "tst_clisql.moc"
