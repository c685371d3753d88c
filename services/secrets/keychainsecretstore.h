#pragma once

#include <QString>

#include "services/secrets/secretstore.h"

// SecretStore over QtKeychain (Secret Service via libsecret on Linux). Owned by the
// composition root; lives on the main thread, which must run Qt's GLib event dispatcher
// (QtKeychain's libsecret callbacks need it). Jobs run one at a time, chained through the
// event loop. The plaintext fallback is never enabled. With no D-Bus session bus at all it
// fails at once instead of letting libsecret try to X11-autolaunch a bus (which can hang).
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    SecretsJob *probe() override;
    SecretsJob *write(const SecretMap &entries) override;
    SecretsJob *read(const QStringList &keys) override;
    SecretsJob *remove(const QStringList &keys) override;

    // How long one keychain call may take before it is reported as not answering.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    struct Step; // one keychain call; defined in the .cpp

private:
    SecretsJob *run(QList<Step> steps, bool probeIfNotFound = false);

    QString m_service;
    int m_timeoutMs = 20000;
};
