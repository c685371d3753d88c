#include "services/secrets/keychainsecretstore.h"

#include <memory>

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "studio.services.secrets", QtWarningMsg)

struct KeychainSecretStore::Step
{
    enum class Op { Write, Read, Delete };
    Op op = Op::Read;
    QString key;
    QString value;
};

namespace {

// The texts of the code below that is not a member of KeychainSecretStore, for tr() and for lupdate alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
};

ApiError noService(const QString &detail)
{
    return ApiError::make(ApiError::Kind::Secret, u"secret.no_service"_s,
                          Text::tr("No Secret Service is available, so secrets cannot be stored or read. "
                             "Datastore Studio keeps secrets only in the OS keychain: start GNOME Keyring, "
                             "KWallet or KeePassXC's Secret Service integration in your session and try again."),
                          {}, detail);
}

ApiError locked(const QString &detail)
{
    return ApiError::make(ApiError::Kind::Secret, u"secret.locked"_s,
                          Text::tr("The keyring is locked, so secrets cannot be stored or read. Unlock it (for example by "
                             "logging in to your desktop session, or in your keyring manager) and try again."),
                          {}, detail);
}

ApiError mapError(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return locked(detail);
    case QKeychain::CouldNotDeleteEntry:
        return ApiError::make(ApiError::Kind::Secret, u"secret.failed"_s,
                              Text::tr("The keychain could not delete a secret."), {}, detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::EntryNotFound:
    case QKeychain::NoError:
        break;
    }
    return noService(detail);
}

// No session bus address and no per-user bus socket: libsecret would try to autolaunch a bus
// through X11, which with a display present starts a keyring that waits on an invisible
// prompt. Answer "no Secret Service" at once instead.
bool hasSessionBus()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + u"/bus"_s);
}

QList<KeychainSecretStore::Step> probeSteps()
{
    // A write proves the store can keep secrets (a read or delete can answer "not found" or
    // "ok" with no Secret Service behind it); the entry is removed at once. The key is the
    // same for every probe, so a process killed between the two steps leaves at most this one
    // entry, holding no secret, which the next probe removes (concurrent probes are harmless:
    // deleting a missing entry is not an error).
    const QString key = u"probe"_s;
    return {{KeychainSecretStore::Step::Op::Write, key, u"probe"_s}, {KeychainSecretStore::Step::Op::Delete, key, {}}};
}

// Runs the steps one after another, each started from the event loop after the previous
// finished, and finishes the job with the values read. With ProbeIfNotFound, an answer of
// "not found" is believed only once a probe has shown that the store can keep secrets.
class StepRunner final : public QObject
{
public:
    enum class NotFound { Believe, ProbeIfNotFound };

    StepRunner(const QString &service, QList<KeychainSecretStore::Step> steps, NotFound notFound, int timeoutMs, SecretsJob *job)
        : QObject(job), m_service(service), m_steps(std::move(steps)), m_notFound(notFound), m_timeoutMs(timeoutMs), m_job(job)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            ++m_generation; // a late answer of the abandoned call is ignored
            m_job->finish(ApiError::make(ApiError::Kind::Secret, u"secret.timeout"_s,
                                         Text::tr("The keyring did not answer within %1 seconds (an unlock prompt may be "
                                            "waiting on another screen).")
                                             .arg(m_timeoutMs / 1000)));
        });
        connect(job, &Job::cancelRequested, this, [this] {
            ++m_generation;
            m_timer.stop();
            m_job->finish(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, Text::tr("Cancelled.")));
        });
    }

    void next()
    {
        if (m_index >= m_steps.size() && m_sawNotFound && m_notFound == NotFound::ProbeIfNotFound) {
            m_notFound = NotFound::Believe; // once
            m_steps += probeSteps();
        }
        if (m_index >= m_steps.size()) {
            m_job->finish(m_values);
            return;
        }
        const auto &step = m_steps.at(m_index);
        QKeychain::Job *kj = nullptr;
        switch (step.op) {
        case KeychainSecretStore::Step::Op::Write: {
            auto *w = new QKeychain::WritePasswordJob(m_service);
            w->setTextData(step.value);
            kj = w;
            break;
        }
        case KeychainSecretStore::Step::Op::Read:
            kj = new QKeychain::ReadPasswordJob(m_service);
            break;
        case KeychainSecretStore::Step::Op::Delete:
            kj = new QKeychain::DeletePasswordJob(m_service);
            break;
        }
        kj->setAutoDelete(true);
        kj->setInsecureFallback(false); // never plaintext, even where the backend offers it
        kj->setKey(step.key);
        const int generation = m_generation;
        connect(kj, &QKeychain::Job::finished, this, [this, generation](QKeychain::Job *done) {
            if (generation != m_generation || m_job->isFinished())
                return;
            m_timer.stop();
            handle(done);
        });
        m_timer.start(m_timeoutMs);
        kj->start();
    }

private:
    void handle(QKeychain::Job *done)
    {
        const auto &step = m_steps.at(m_index);
        const QKeychain::Error error = done->error();
        if (error == QKeychain::EntryNotFound && step.op != KeychainSecretStore::Step::Op::Write) {
            // Not found is an answer for reads and deletes, once a probe has caught a store
            // that merely pretends it (see ProbeIfNotFound).
            m_sawNotFound = true;
        } else if (error != QKeychain::NoError) {
            qCDebug(lcSecrets) << "keychain step failed, error" << int(error);
            m_job->finish(mapError(error, done->errorString()));
            return;
        } else if (step.op == KeychainSecretStore::Step::Op::Read) {
            m_values.insert(step.key, static_cast<QKeychain::ReadPasswordJob *>(done)->textData());
        }
        ++m_index;
        QTimer::singleShot(0, this, &StepRunner::next);
    }

    QString m_service;
    QList<KeychainSecretStore::Step> m_steps;
    NotFound m_notFound;
    bool m_sawNotFound = false;
    int m_timeoutMs;
    SecretsJob *m_job;
    qsizetype m_index = 0;
    int m_generation = 0;
    SecretMap m_values;
    QTimer m_timer;
};

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

SecretsJob *KeychainSecretStore::run(QList<Step> steps, bool probeIfNotFound)
{
    auto *job = new SecretsJob(this);
    if (!hasSessionBus()) {
        job->finish(noService(Text::tr("no D-Bus session bus: DBUS_SESSION_BUS_ADDRESS is not set")));
        return job;
    }
    auto *runner = new StepRunner(m_service, std::move(steps),
                                  probeIfNotFound ? StepRunner::NotFound::ProbeIfNotFound : StepRunner::NotFound::Believe,
                                  m_timeoutMs, job);
    QTimer::singleShot(0, runner, &StepRunner::next);
    return job;
}

SecretsJob *KeychainSecretStore::probe()
{
    return run(probeSteps());
}

SecretsJob *KeychainSecretStore::write(const SecretMap &entries)
{
    QList<Step> steps;
    for (auto it = entries.begin(); it != entries.end(); ++it)
        steps.append({Step::Op::Write, it.key(), it.value()});
    return run(steps);
}

// Values read are proof enough that the store works, so the probe (a write and a delete, each
// a keychain file update) runs only when a key is reported missing: opening a datastore costs
// one keychain call, not three.
SecretsJob *KeychainSecretStore::read(const QStringList &keys)
{
    QList<Step> steps;
    for (const QString &key : keys)
        steps.append({Step::Op::Read, key, {}});
    return run(steps, true);
}

SecretsJob *KeychainSecretStore::remove(const QStringList &keys)
{
    QList<Step> steps = probeSteps();
    for (const QString &key : keys)
        steps.append({Step::Op::Delete, key, {}});
    return run(steps);
}
