#include "services/transfer/filehasher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

FileHasher::FileHasher(const QString &fileName, QCryptographicHash::Algorithm algorithm, QObject *parent)
    : QObject(parent), m_thread([this, fileName, algorithm] { run(fileName, algorithm); })
{
}

FileHasher::~FileHasher()
{
    cancel();
    m_thread.join();
}

void FileHasher::cancel()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
}

void FileHasher::setAvailable(qint64 upTo)
{
    {
        const std::lock_guard lock(m_mutex);
        if (upTo <= m_available)
            return;
        m_available = upTo;
    }
    m_wake.notify_all();
}

void FileHasher::finish(qint64 size)
{
    {
        const std::lock_guard lock(m_mutex);
        m_size = size;
        m_available = std::max(m_available, size);
    }
    m_wake.notify_all();
}

qint64 FileHasher::hashed() const
{
    const std::lock_guard lock(m_mutex);
    return m_hashed;
}

void FileHasher::run(QString fileName, QCryptographicHash::Algorithm algorithm)
{
    const auto report = [this](QByteArray digest, QString error) {
        QMetaObject::invokeMethod(this, [this, digest, error] { emit done(digest, error); }, Qt::QueuedConnection);
    };
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        report({}, QCoreApplication::translate("FileHasher", "Could not read %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return;
    }
    QCryptographicHash hash(algorithm);
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    qint64 position = 0;
    for (;;) {
        qint64 limit = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || m_available > position || m_size == position; });
            if (m_stop)
                return;
            m_hashed = position;
            if (m_size == position)
                break;
            limit = m_available;
        }
        while (position < limit) {
            const qint64 got = file.read(buffer.data(), std::min<qint64>(buffer.size(), limit - position));
            if (got <= 0) {
                report({}, QCoreApplication::translate("FileHasher", "Could not read %1 at offset %2: %3")
                               .arg(QDir::toNativeSeparators(fileName)).arg(position).arg(got < 0 ? file.errorString() : QStringLiteral("end of file")));
                return;
            }
            hash.addData(QByteArrayView(buffer.constData(), got));
            position += got;
            const std::lock_guard lock(m_mutex);
            if (m_stop)
                return;
            m_hashed = position;
        }
    }
    report(hash.result(), {});
}
