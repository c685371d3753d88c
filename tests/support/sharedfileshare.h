#pragma once

#include <QList>
#include <QPair>

#include "support/fakestorageserver.h"
#include "support/guifixture.h"

// A file share "notebooks" of account devstoreaccount1 on a local Files test server, holding
// `files`, registered in the fixture's workspace as the datastore "shared" with the account key
// (the storage emulator's well-known one) — what the GUI tests browse.
struct SharedFileShare
{
    static inline const QString Key =
        QStringLiteral("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==");
    FakeStorageServer server{FakeStorageServer::Flavor::Files, QStringLiteral("devstoreaccount1"), QByteArray::fromBase64(Key.toLatin1())};

    bool start(GuiFixture &f, const QList<QPair<QString, QByteArray>> &files = {{QStringLiteral("readme.md"), "# hi"}})
    {
        if (!server.start())
            return false;
        const QString share = QStringLiteral("notebooks");
        server.createContainer(share);
        for (const auto &[path, bytes] : files)
            server.putFile(share, path, bytes);
        return f.add(QStringLiteral("shared"), StorageType::AzureFile, AuthKind::AccountKey,
                     {{QStringLiteral("account_name"), QStringLiteral("devstoreaccount1")}, {QStringLiteral("file_share_name"), share},
                      {QStringLiteral("endpoint"), server.endpoint()}},
                     {{QStringLiteral("account_key"), Key}});
    }
};
