#include "support/testenv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

QStringList CliRun::errLines() const
{
    return err.split(u'\n', Qt::SkipEmptyParts);
}

TestEnv::TestEnv() : m_env(QProcessEnvironment::systemEnvironment())
{
    for (const QString &dir : xdgDirs())
        QDir().mkpath(dir);
    m_env.insert(u"XDG_DATA_HOME"_s, root() + u"/data"_s);
    m_env.insert(u"XDG_CONFIG_HOME"_s, root() + u"/config"_s);
    m_env.insert(u"XDG_CACHE_HOME"_s, root() + u"/cache"_s);
    m_env.insert(u"XDG_STATE_HOME"_s, root() + u"/state"_s);
    m_env.insert(u"HOME"_s, root() + u"/home"_s);
    m_env.remove(u"DISPLAY"_s); // never let libsecret autolaunch a bus through X11
    m_env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
}

QStringList TestEnv::xdgDirs() const
{
    return {root() + u"/data"_s, root() + u"/config"_s, root() + u"/cache"_s, root() + u"/state"_s, root() + u"/home"_s};
}

CliRun TestEnv::cli(const QStringList &args, const QByteArray &input, int killAfterMs) const
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    QElapsedTimer clock;
    clock.start();
    p.start(dsstudioPath(), args);
    CliRun run;
    if (!p.waitForStarted(10000)) {
        run.err = u"could not start dsstudio: "_s + p.errorString();
        return run;
    }
    p.write(input);
    p.closeWriteChannel();
    // The event loop runs while dsstudio does, so a test server in this process answers it.
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QTimer kill;
    kill.setSingleShot(true);
    QObject::connect(&kill, &QTimer::timeout, &loop, [&p, &run] {
        if (p.state() == QProcess::Running) {
            p.kill();
            run.killed = true;
        }
    });
    if (killAfterMs >= 0)
        kill.start(killAfterMs);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        run.err = u"dsstudio timed out"_s;
        return run;
    }
    run.elapsedMs = clock.elapsed();
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QMap<QString, QByteArray> TestEnv::snapshot() const
{
    QMap<QString, QByteArray> out;
    for (const auto &[path, bytes] : allFiles())
        out.insert(path, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return out;
}

QList<QPair<QString, QByteArray>> TestEnv::allFiles() const
{
    QList<QPair<QString, QByteArray>> out;
    QDirIterator it(root(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        out.append({QDir(root()).relativeFilePath(path), f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray()});
    }
    return out;
}

QString TestEnv::dsstudioPath()
{
    return qEnvironmentVariable("STUDIO_DSSTUDIO");
}

QString TestEnv::testDataDir()
{
    return qEnvironmentVariable("STUDIO_TEST_DATA");
}

QString TestEnv::keyringMode()
{
    return qEnvironmentVariable("STUDIO_TEST_KEYRING_MODE");
}
