#pragma once

#include <QCryptographicHash>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

// Hashes a file's bytes in file order on a worker thread, reading them back from the file
// (from the page cache, right after they were written) up to a limit its owner moves forward
// as bytes become available. Hashing is the single most expensive step of a transfer (MD5
// runs at ~650 MiB/s, slower than a loopback transfer), so it runs beside the network work
// instead of between its events. Reports on the owner's thread; destroying it stops the worker.
class FileHasher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileHasher)

public:
    FileHasher(const QString &fileName, QCryptographicHash::Algorithm algorithm, QObject *parent = nullptr);
    ~FileHasher() override;

    // Bytes [0, upTo) are in the file and may be hashed. Never moves backwards.
    void setAvailable(qint64 upTo);
    // The file is `size` bytes: hash them all, then emit done(). Implies setAvailable(size).
    void finish(qint64 size);
    qint64 hashed() const;
    // Stops reading at once (no done()); the object may then be deleted later.
    void cancel();

signals:
    // The digest of the whole file, or an empty digest and why the file could not be read.
    void done(const QByteArray &digest, const QString &error);

private:
    void run(QString fileName, QCryptographicHash::Algorithm algorithm);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    qint64 m_available = 0;
    qint64 m_size = -1;
    qint64 m_hashed = 0;
    bool m_stop = false;
    std::thread m_thread;
};
