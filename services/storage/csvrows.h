#pragma once

#include <QObject>
#include <QPointer>
#include <QStringDecoder>

#include "services/storage/storageclient.h"

// The records of a CSV (or TSV) file of a browse source, read in ranges as they are asked
// for: rows(offset, count) reads on from where the last read ended until it holds that many
// complete records (or the file ends), so a preview scrolls through a file of any size while
// only what was scrolled through is read and kept. The first record is the header
// (RowsPage::columns). Main thread.
class CsvRows final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvRows)

public:
    static constexpr qint64 ChunkBytes = 256 * 1024;
    // At most this many records are kept; rows beyond them are not offered.
    static constexpr int MaxRecords = 200000;

    CsvRows(StorageClient *client, QString path, QChar separator = u',', QObject *parent = nullptr);

    // Takes bytes already read from the file's start (a preview's), so they are not read again.
    void prime(const QByteArray &head, qint64 fileSize);
    RowsJob *rows(qint64 offset, int count);
    qint64 bytesRead() const { return m_read; }

private:
    void serve();
    void parse(bool atEnd);

    QPointer<StorageClient> m_client;
    QString m_path;
    QChar m_separator;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_text;        // decoded, not yet parsed
    QStringList m_header;
    QList<QVariantList> m_records;
    qint64 m_read = 0;
    qint64 m_size = -1;
    bool m_end = false;
    ApiError m_error;
    QPointer<ReadJob> m_reading;
    struct Ask
    {
        QPointer<RowsJob> job;
        qint64 offset;
        int count;
    };
    QList<Ask> m_asks;
};
