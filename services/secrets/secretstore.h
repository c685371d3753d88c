#pragma once

#include <QObject>
#include <QStringList>

#include "services/core/jobs.h"

// Where secrets live: an asynchronous key -> value store. The production implementation is
// KeychainSecretStore (the OS keychain); tests may use an in-memory fake. Keys are opaque
// strings built by the workspace ("<workspace id>/<datastore>/<field>@<generation>").
//
// Every implementation must tell "the store is unavailable" apart from "no such entry":
// read() and remove() fail with a Secret error when the store cannot be reached, rather than
// answering "not found" or "deleted".
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using QObject::QObject;

    // Fails with code secret.no_service or secret.locked when nothing can be stored.
    virtual SecretsJob *probe() = 0;
    // Writes every entry; stops at the first failure (entries already written stay).
    virtual SecretsJob *write(const SecretMap &entries) = 0;
    // Reads the keys; the result holds the ones found (absent keys are simply missing).
    virtual SecretsJob *read(const QStringList &keys) = 0;
    // Deletes the keys; deleting a missing key is not an error.
    virtual SecretsJob *remove(const QStringList &keys) = 0;
};
