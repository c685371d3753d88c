// crashchild DBPATH [KEYCHAIN-SERVICE] — registers, overwrites, updates credentials of,
// re-defaults and unregisters datastores in a local workspace file, forever, until it is
// killed. With a service name the secrets go to the real keychain (KeychainSecretStore), else
// to an in-memory fake. Used by the crash-safety tests of tst_localworkspace and tst_keychain.
// Prints "ready" once the first registration is committed. Every secret ends in the number of
// the registration it belongs to, as do the record's fields, so a test can tell a secret that
// belongs to another definition.
#include <cstdio>
#include <functional>

#include <QCoreApplication>
#include <QRandomGenerator>

#include "services/workspace/localworkspace.h"
#include "services/workspace/localworkspacedb.h"
#include "services/secrets/keychainsecretstore.h"
#include "support/fakesecretstore.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString clientId(int n)
{
    return u"72f988bf-86f1-41af-91ab-%1"_s.arg(n, 12, 10, QChar(u'0'));
}

RegistrationRequest request(int n)
{
    RegistrationRequest r;
    r.options.skipValidation = true;
    r.options.overwrite = true;
    Datastore &ds = r.datastore;
    ds.name = u"ds_%1"_s.arg(n % 40);
    switch (n % 4) {
    case 0:
        ds.type = StorageType::AzureBlob;
        ds.auth = AuthKind::Sas;
        ds.fields = {{u"account_name"_s, u"acct%1"_s.arg(n)}, {u"container_name"_s, u"cont%1"_s.arg(n)}};
        r.secrets = {{u"sas_token"_s, u"sv=2021-10-04&sig=%1"_s.arg(n)}};
        r.options.setDefault = n % 3 == 0;
        break;
    case 1:
        ds.type = StorageType::AzureSqlDatabase;
        ds.auth = AuthKind::ServicePrincipal;
        ds.fields = {{u"server_name"_s, u"srv%1"_s.arg(n)}, {u"database_name"_s, u"db"_s},
                     {u"tenant_id"_s, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s}, {u"client_id"_s, clientId(n)}};
        r.secrets = {{u"client_secret"_s, u"s%1"_s.arg(n)}};
        break;
    case 2:
        ds.type = StorageType::AzurePostgreSql;
        ds.auth = AuthKind::Sql;
        ds.fields = {{u"server_name"_s, u"pg%1"_s.arg(n)}, {u"database_name"_s, u"db"_s}, {u"user_id"_s, u"u"_s}};
        r.secrets = {{u"user_password"_s, u"p%1"_s.arg(n)}};
        break;
    default:
        ds.type = StorageType::AzureDataLakeGen2;
        ds.auth = AuthKind::ServicePrincipal;
        ds.fields = {{u"account_name"_s, u"gen%1"_s.arg(n)}, {u"filesystem"_s, u"fs%1"_s.arg(n)},
                     {u"tenant_id"_s, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s}, {u"client_id"_s, clientId(n)}};
        r.secrets = {{u"client_secret"_s, u"s%1"_s.arg(n)}};
        r.options.setDefault = true;
        break;
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2 && argc != 3)
        return 64;
    auto db = LocalWorkspaceDb::open(QString::fromLocal8Bit(argv[1]), LocalWorkspaceDb::OpenMode::CreateIfMissing);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    FakeSecretStore fake;
    std::unique_ptr<KeychainSecretStore> keychain;
    if (argc == 3)
        keychain = std::make_unique<KeychainSecretStore>(QString::fromLocal8Bit(argv[2]));
    SecretStore *secrets = keychain ? static_cast<SecretStore *>(keychain.get()) : &fake;
    LocalWorkspace ws(u"crash"_s, db.takeValue(), secrets, nullptr, SupportMatrix::builtin());
    ws.sweepOrphanedSecrets(); // as every open does
    int n = 0;
    std::function<void()> next = [&] {
        const int i = n++;
        if (i % 7 == 6) { // now and then unregister one that is not the default
            onFinished(ws.unregisterDatastore(u"ds_%1"_s.arg((i + 13) % 40)), &app, [&](const VoidResult &) { next(); });
            return;
        }
        if (i % 11 == 10) { // and rotate the secret of a service-principal one
            CredentialUpdate u;
            u.name = u"ds_%1"_s.arg((i % 20) * 2 + 1); // an odd one: service principal
            u.auth = AuthKind::ServicePrincipal;
            u.fields = {{u"client_id"_s, clientId(i)}};
            u.secrets = {{u"client_secret"_s, u"s%1"_s.arg(i)}};
            u.skipValidation = true;
            onFinished(ws.updateCredentials(u), &app, [&](const Result<Datastore> &) { next(); });
            return;
        }
        onFinished(ws.registerDatastore(request(i)), &app, [&, i](const Result<Datastore> &r) {
            if (!r) {
                std::fprintf(stderr, "registration %d failed: %s\n", i, qPrintable(r.error().toString()));
                QCoreApplication::exit(1);
                return;
            }
            if (i == 0) {
                std::printf("ready\n");
                std::fflush(stdout);
            }
            next();
        });
    };
    next();
    return QCoreApplication::exec();
}
