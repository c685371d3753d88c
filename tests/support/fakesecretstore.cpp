#include "support/fakesecretstore.h"

using namespace Qt::Literals::StringLiterals;

std::optional<ApiError> FakeSecretStore::unavailable() const
{
    switch (m_state) {
    case State::Available: return std::nullopt;
    case State::NoService:
        return ApiError::make(ApiError::Kind::Secret, u"secret.no_service"_s, u"No Secret Service (fake)."_s);
    case State::Locked:
        return ApiError::make(ApiError::Kind::Secret, u"secret.locked"_s, u"Locked (fake)."_s);
    }
    return std::nullopt;
}

bool FakeSecretStore::freezes(bool *apply)
{
    *apply = true;
    if (m_frozen) {
        *apply = false;
        return true;
    }
    if (m_freezeIn < 0)
        return false;
    if (m_freezeIn > 0) {
        --m_freezeIn;
        return false;
    }
    m_frozen = true;
    *apply = m_freezeApplied;
    return true;
}

SecretsJob *FakeSecretStore::probe()
{
    auto *job = new SecretsJob(this);
    if (bool apply; freezes(&apply))
        return job;
    if (auto error = unavailable())
        job->finish(*error);
    else
        job->finish(SecretMap{});
    return job;
}

SecretsJob *FakeSecretStore::write(const SecretMap &entries)
{
    ++m_writeCalls;
    auto *job = new SecretsJob(this);
    if (bool apply; freezes(&apply)) {
        if (apply) {
            for (auto it = entries.begin(); it != entries.end(); ++it)
                m_entries.insert(it.key(), it.value());
        }
        return job;
    }
    if (auto error = unavailable()) {
        job->finish(*error);
        return job;
    }
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (m_writesLeft == 0) {
            m_writesLeft = -1;
            job->finish(ApiError::make(ApiError::Kind::Secret, u"secret.failed"_s, u"Injected write failure."_s));
            return job;
        }
        if (m_writesLeft > 0)
            --m_writesLeft;
        m_entries.insert(it.key(), it.value());
    }
    job->finish(SecretMap{});
    return job;
}

SecretsJob *FakeSecretStore::read(const QStringList &keys)
{
    auto *job = new SecretsJob(this);
    if (bool apply; freezes(&apply))
        return job;
    if (auto error = unavailable()) {
        job->finish(*error);
        return job;
    }
    SecretMap out;
    for (const QString &key : keys) {
        if (m_entries.contains(key))
            out.insert(key, m_entries.value(key));
    }
    job->finish(out);
    return job;
}

SecretsJob *FakeSecretStore::remove(const QStringList &keys)
{
    auto *job = new SecretsJob(this);
    if (bool apply; freezes(&apply)) {
        if (apply) {
            for (const QString &key : keys)
                m_entries.remove(key);
        }
        return job;
    }
    if (auto error = unavailable()) {
        job->finish(*error);
        return job;
    }
    for (const QString &key : keys)
        m_entries.remove(key);
    job->finish(SecretMap{});
    return job;
}
