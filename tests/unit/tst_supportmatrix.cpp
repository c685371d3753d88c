#include <functional>

#include <nlohmann/json.hpp>

#include <QFile>
#include <QTest>

#include "services/core/supportmatrix.h"

using namespace Qt::Literals::StringLiterals;
using json = nlohmann::json;
using Mutation = std::function<void(json &)>;
Q_DECLARE_METATYPE(Mutation)

class tst_SupportMatrix : public QObject
{
    Q_OBJECT

private slots:
    void builtinMatchesTheProductMatrix();
    void fieldsAndSecrets();
    void notesBlockNothing();
    void rejected_data();
    void rejected();
    void notJson();

private:
    static json builtinJson();
};

json tst_SupportMatrix::builtinJson()
{
    QFile f(u":/support-matrix.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no built-in matrix");
    const QByteArray bytes = f.readAll();
    return json::parse(bytes.begin(), bytes.end());
}

void tst_SupportMatrix::builtinMatchesTheProductMatrix()
{
    const SupportMatrix &m = SupportMatrix::builtin();
    QCOMPARE(m.types().size(), 8);
    const QMap<StorageType, QList<AuthKind>> expected = {
        {StorageType::AzureBlob, {AuthKind::AccountKey, AuthKind::Sas}},
        {StorageType::AzureFile, {AuthKind::AccountKey, AuthKind::Sas}},
        {StorageType::AzureDataLakeGen1, {AuthKind::ServicePrincipal}},
        {StorageType::AzureDataLakeGen2, {AuthKind::ServicePrincipal}},
        {StorageType::AzureSqlDatabase, {AuthKind::ServicePrincipal, AuthKind::Sql}},
        {StorageType::AzurePostgreSql, {AuthKind::Sql}},
        {StorageType::AzureMySql, {AuthKind::Sql}},
        {StorageType::Dbfs, {AuthKind::None}},
    };
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        QList<AuthKind> actual = m.type(it.key()).authKinds();
        QList<AuthKind> wanted = it.value();
        std::sort(actual.begin(), actual.end());
        std::sort(wanted.begin(), wanted.end());
        QVERIFY2(actual == wanted, qPrintable(StorageTypes::id(it.key())));
    }
    QCOMPARE(m.type(StorageType::AzureBlob).label, u"Azure Blob container"_s);
    QCOMPARE(m.type(StorageType::Dbfs).label, u"Databricks File System"_s);
}

void tst_SupportMatrix::fieldsAndSecrets()
{
    const SupportMatrix &m = SupportMatrix::builtin();
    const StorageTypeSpec &blob = m.type(StorageType::AzureBlob);
    QCOMPARE(blob.accountField, u"account_name"_s);
    QCOMPARE(blob.containerField, u"container_name"_s);
    QVERIFY(blob.field(u"container_name"_s, AuthKind::Sas)->required);
    QCOMPARE(blob.field(u"endpoint"_s, AuthKind::Sas)->defaultValue, u"core.windows.net"_s);
    QCOMPARE(blob.authSpec(AuthKind::AccountKey)->secretFields().size(), 1);
    QCOMPARE(blob.authSpec(AuthKind::AccountKey)->secretFields().first().id, u"account_key"_s);
    QCOMPARE(blob.field(u"account_key"_s, AuthKind::AccountKey)->flag(), u"--account-key"_s);
    const StorageTypeSpec &sql = m.type(StorageType::AzureSqlDatabase);
    QVERIFY(sql.field(u"client_secret"_s, AuthKind::ServicePrincipal)->secret);
    QVERIFY(!sql.field(u"client_secret"_s, AuthKind::Sql)); // the field belongs to the other kind
    QVERIFY(sql.field(u"user_password"_s, AuthKind::Sql)->secret);
    QVERIFY(!sql.field(u"user_id"_s, AuthKind::Sql)->secret);
    QCOMPARE(m.type(StorageType::AzureFile).containerField, u"file_share_name"_s);
    QCOMPARE(m.type(StorageType::AzureDataLakeGen2).containerField, u"filesystem"_s);
    QCOMPARE(m.type(StorageType::AzureDataLakeGen1).accountField, u"store_name"_s);
    QVERIFY(m.type(StorageType::Dbfs).allFields(AuthKind::None).isEmpty());
    QVERIFY(m.type(StorageType::AzureBlob).canCreate);
    QVERIFY(!m.type(StorageType::AzurePostgreSql).canCreate);
    // Every secret field of every type is marked secret and required.
    for (const StorageTypeSpec &t : m.types()) {
        for (const AuthSpec &a : t.auth) {
            for (const FieldSpec &f : a.secretFields())
                QVERIFY2(f.required, qPrintable(t.id + u'/' + f.id));
        }
    }
}

void tst_SupportMatrix::notesBlockNothing()
{
    const SupportMatrix &m = SupportMatrix::builtin();
    QVERIFY(m.type(StorageType::AzureMySql).note.contains(u"pipeline data transfer"_s));
    QVERIFY(m.type(StorageType::Dbfs).note.contains(u"Databricks"_s));
    QVERIFY(m.type(StorageType::AzureBlob).note.isEmpty());
    // A note is information: the types still allow their authentication kinds.
    QVERIFY(!m.type(StorageType::AzureMySql).authKinds().isEmpty());
    QVERIFY(!m.type(StorageType::Dbfs).authKinds().isEmpty());
}

void tst_SupportMatrix::rejected_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown storage type") << Mutation([](json &j) { j["types"][0]["id"] = "azure_table"; })
                                          << u"Unknown storage type \"azure_table\""_s;
    QTest::newRow("unknown auth kind in a type")
        << Mutation([](json &j) { j["types"][0]["auth"]["managed_identity"] = json::array(); })
        << u"unknown authentication kind \"managed_identity\""_s;
    QTest::newRow("unknown auth kind in the list")
        << Mutation([](json &j) { j["authKinds"].push_back({{"id", "oauth"}, {"label", "OAuth"}}); })
        << u"Unknown authentication kind \"oauth\""_s;
    QTest::newRow("unknown field kind")
        << Mutation([](json &j) { j["types"][0]["fields"][0]["kind"] = "colour"; }) << u"unknown field kind \"colour\""_s;
    QTest::newRow("type listed twice") << Mutation([](json &j) { j["types"].push_back(j["types"][0]); })
                                       << u"listed twice"_s;
    QTest::newRow("type missing") << Mutation([](json &j) { j["types"].erase(j["types"].size() - 1); })
                                  << u"\"dbfs\" is missing"_s;
    QTest::newRow("no auth at all") << Mutation([](json &j) { j["types"][0]["auth"] = json::object(); })
                                    << u"allows no authentication kind"_s;
    QTest::newRow("field without id") << Mutation([](json &j) { j["types"][0]["fields"][0].erase("id"); })
                                      << u"has no \"id\""_s;
    QTest::newRow("duplicate field")
        << Mutation([](json &j) { j["types"][0]["fields"].push_back(j["types"][0]["fields"][0]); })
        << u"declares the field \"account_name\" twice"_s;
    QTest::newRow("location not a field")
        << Mutation([](json &j) { j["types"][0]["location"]["account"] = "nowhere"; }) << u"\"nowhere\""_s;
    QTest::newRow("required not a bool")
        << Mutation([](json &j) { j["types"][0]["fields"][0]["required"] = "yes"; }) << u"must be true or false"_s;
    QTest::newRow("types not an array") << Mutation([](json &j) { j["types"] = json::object(); }) << u"\"types\""_s;
}

void tst_SupportMatrix::rejected()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, mentions);
    json j = builtinJson();
    QVERIFY(SupportMatrix::parse(QByteArray::fromStdString(j.dump())).ok()); // the base is valid
    mutate(j);
    const Result<SupportMatrix> parsed = SupportMatrix::parse(QByteArray::fromStdString(j.dump()));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, u"matrix.invalid"_s);
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
}

void tst_SupportMatrix::notJson()
{
    const Result<SupportMatrix> parsed = SupportMatrix::parse("{ not json");
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message.contains(u"not a JSON object"_s));
}

QTEST_GUILESS_MAIN(tst_SupportMatrix)
#include "tst_supportmatrix.moc"
