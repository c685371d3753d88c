#pragma once

#include <QFile>
#include <QIODevice>
#include <QString>

// A stretch of a local file: what one upload part sends, read from disk while it is sent.
struct FileRegion
{
    QString path;
    qint64 offset = 0;
    qint64 length = 0;
    bool isNull() const { return path.isEmpty(); }
};

// Reads one FileRegion as a device of its own: random access (so the network layer can rewind
// it to send again instead of keeping a copy), positions relative to the region's start, and
// no buffer of its own. Opened read-only; reading past the region ends it.
class FileRegionDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileRegionDevice)

public:
    explicit FileRegionDevice(const FileRegion &region, QObject *parent = nullptr);
    ~FileRegionDevice() override;

    bool open(OpenMode mode) override; // ReadOnly only; fails when the file cannot be read
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_region.length; }
    QString fileErrorString() const { return m_file.errorString(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    FileRegion m_region;
    QFile m_file;
};
