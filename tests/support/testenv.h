#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Test helpers: an isolated set of XDG directories, running the dsstudio binary, and
// snapshots of every file under a directory (to prove that nothing was written).
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    bool killed = false;  // ended by SIGKILL after killAfterMs
    qint64 elapsedMs = 0;
    QStringList errLines() const;
};

class TestEnv
{
public:
    TestEnv();

    bool isValid() const { return m_root.isValid(); }
    QString root() const { return m_root.path(); }
    QStringList xdgDirs() const;
    QProcessEnvironment environment() const { return m_env; }
    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }
    void unsetEnv(const QString &name) { m_env.remove(name); }

    // Runs dsstudio with `args`, feeding `input` to its standard input; with killAfterMs >= 0
    // it is killed with SIGKILL then, if still running.
    CliRun cli(const QStringList &args, const QByteArray &input = {}, int killAfterMs = -1) const;

    // Relative path -> SHA-256 of every file under the XDG directories.
    QMap<QString, QByteArray> snapshot() const;
    // Every byte of every file under the XDG directories, for secret scans.
    QList<QPair<QString, QByteArray>> allFiles() const;

    static QString dsstudioPath();
    static QString testDataDir();
    static QString keyringMode(); // unlocked, locked, none, or empty when not under the wrapper

private:
    QTemporaryDir m_root;
    QProcessEnvironment m_env;
};
