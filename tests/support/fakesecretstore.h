#pragma once

#include "services/secrets/secretstore.h"

// An in-memory SecretStore for tests. It can pretend to be unavailable or locked, and can
// fail a write after a number of successful ones, to drive the error and rollback paths.
class FakeSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSecretStore)

public:
    enum class State { Available, NoService, Locked };

    using SecretStore::SecretStore;

    SecretsJob *probe() override;
    SecretsJob *write(const SecretMap &entries) override;
    SecretsJob *read(const QStringList &keys) override;
    SecretsJob *remove(const QStringList &keys) override;

    void setState(State state) { m_state = state; }
    // The next write fails once this many entries have been written (-1: never).
    void failWritesAfter(int entries) { m_writesLeft = entries; }

    // Stands in for a kill: the `call`-th call from now (0: the next one) takes effect when
    // `applied`, or not, and neither it nor any later call ever answers or changes anything.
    void freezeAt(int call, bool applied)
    {
        m_freezeIn = call;
        m_freezeApplied = applied;
    }
    bool frozen() const { return m_frozen; }
    void thaw()
    {
        m_freezeIn = -1;
        m_frozen = false;
    }

    const SecretMap &entries() const { return m_entries; }
    SecretMap &entries() { return m_entries; }
    int writeCalls() const { return m_writeCalls; }

private:
    std::optional<ApiError> unavailable() const;
    // Whether this call must not answer (a frozen store); `apply` is whether it takes effect.
    bool freezes(bool *apply);

    State m_state = State::Available;
    SecretMap m_entries;
    int m_writesLeft = -1;
    int m_writeCalls = 0;
    int m_freezeIn = -1;
    bool m_freezeApplied = false;
    bool m_frozen = false;
};
