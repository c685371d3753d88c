#pragma once

#include <memory>
#include <utility>

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include "services/core/supportmatrix.h"
#include "services/net/storagehttp.h"
#include "services/workspace/browseconnections.h"
#include "services/workspace/datastoreconnector.h"
#include "services/workspace/localworkspace.h"
#include "services/workspace/workspacemanager.h"
#include "services/workspace/workspaceservice.h"
#include "support/await.h"
#include "support/fakeaccessvalidator.h"
#include "support/fakesecretstore.h"

// The offscreen platform warns about size hints for every dialog; keep test logs readable.
inline void quietOffscreenWarnings()
{
    // Installed once: a second install would make the handler its own "previous" and loop
    // forever on the first message it does not drop.
    static QtMessageHandler previous = nullptr;
    static bool installed = false;
    if (std::exchange(installed, true))
        return;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (message.contains(QLatin1StringView("propagateSizeHints")))
            return;
        if (previous)
            previous(type, context, message);
    });
}

// A workspace manager over a temporary directory with an in-memory secret store and a fake
// access validator, opened on the "default" local workspace.
struct GuiFixture
{
    QTemporaryDir dir;
    FakeSecretStore secrets;
    FakeAccessValidator validator;
    std::unique_ptr<WorkspaceManager> manager;

    GuiFixture()
        : manager(std::make_unique<WorkspaceManager>(
              WorkspaceCatalog(dir.filePath(QStringLiteral("workspaces")), dir.filePath(QStringLiteral("settings.ini"))),
              &secrets, &validator, SupportMatrix::builtin()))
    {
        const VoidResult opened = manager->open(QStringLiteral("default"));
        Q_ASSERT(opened.ok());
    }
    WorkspaceService *ws() const { return manager->current(); }
    // The keychain key the workspace's record names for the field now.
    QString key(const QString &datastore, const QString &field) const
    {
        const auto *local = qobject_cast<const LocalWorkspace *>(ws());
        Q_ASSERT(local);
        return local->secretKey(datastore, field);
    }
    bool add(const QString &name, StorageType type, AuthKind auth, const QMap<QString, QString> &fields,
             const SecretMap &secrets = {}, bool makeDefault = false)
    {
        RegistrationRequest r;
        r.datastore.name = name;
        r.datastore.type = type;
        r.datastore.auth = auth;
        r.datastore.fields = fields;
        r.secrets = secrets;
        r.options.skipValidation = true;
        r.options.setDefault = makeDefault;
        return await(ws()->registerDatastore(r)).ok();
    }
    // The studio's browse connection kept in the keychain for `datastore`, by field.
    SecretMap browseConnection(const QString &datastore) const
    {
        SecretMap found;
        const SecretMap all = secrets.entries();
        for (const QString &key : BrowseConnections::keys(ws()->id(), datastore)) {
            if (all.contains(key))
                found.insert(key.section(QLatin1Char('/'), -1), all.value(key));
        }
        return found;
    }
    std::optional<Datastore> find(const QString &name) const
    {
        const auto r = await(ws()->getDatastore(name));
        return r ? std::optional<Datastore>(r.value()) : std::nullopt;
    }
};

// How the studio reaches a datastore's data, over a keychain (DBFS connections are kept there).
struct ConnectorFixture
{
    QNetworkAccessManager network;
    StorageHttp http{&network};
    DatastoreConnector connector{&http, SupportMatrix::builtin()};
    explicit ConnectorFixture(SecretStore *store) { connector.setSecretStore(store); }
};
