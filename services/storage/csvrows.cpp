#include "services/storage/csvrows.h"

#include "services/core/csv.h"

using namespace Qt::Literals::StringLiterals;

CsvRows::CsvRows(StorageClient *client, QString path, QChar separator, QObject *parent)
    : QObject(parent), m_client(client), m_path(std::move(path)), m_separator(separator)
{
}

void CsvRows::prime(const QByteArray &head, qint64 fileSize)
{
    if (m_read != 0)
        return;
    m_read = head.size();
    m_size = fileSize;
    m_text += m_decoder.decode(head);
    const bool atEnd = fileSize >= 0 && m_read >= fileSize;
    parse(atEnd);
    m_end = m_end || atEnd;
}

RowsJob *CsvRows::rows(qint64 offset, int count)
{
    auto *job = new RowsJob(this);
    m_asks.append({job, std::max<qint64>(0, offset), std::max(1, count)});
    serve();
    return job;
}

void CsvRows::parse(bool atEnd)
{
    qsizetype pos = 0;
    while (pos < m_text.size() && m_records.size() < MaxRecords) {
        if (!atEnd && !Csv::hasCompleteRecord(m_text, pos))
            break; // the rest of this record comes with the next range
        const QStringList record = Csv::record(m_text, pos, m_separator);
        if (m_header.isEmpty() && m_records.isEmpty()) {
            m_header = record;
            continue;
        }
        QVariantList row;
        row.reserve(record.size());
        for (const QString &f : record)
            row.append(f);
        m_records.append(row);
    }
    m_text.remove(0, pos);
    if (m_records.size() >= MaxRecords)
        m_end = true;
}

void CsvRows::serve()
{
    while (!m_asks.isEmpty()) {
        Ask &ask = m_asks.first();
        if (!ask.job) {
            m_asks.removeFirst();
            continue;
        }
        const qint64 want = ask.offset + ask.count;
        if (m_records.size() < want && !m_end && m_error.kind == ApiError::Kind::None) {
            if (m_reading)
                return;
            if (!m_client) {
                m_error = ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("The browser was closed."));
                continue;
            }
            m_reading = m_client->read(m_path, m_read, ChunkBytes);
            onFinished(m_reading.data(), this, [this](const Result<ReadResult> &r) {
                m_reading = nullptr;
                if (!r) {
                    m_error = r.error();
                } else {
                    m_read += r.value().data.size();
                    m_size = r.value().properties.size;
                    m_text += m_decoder.decode(r.value().data);
                    const bool atEnd = r.value().data.size() < ChunkBytes || (m_size >= 0 && m_read >= m_size);
                    parse(atEnd);
                    m_end = m_end || atEnd;
                }
                serve();
            });
            return;
        }
        RowsPage page;
        page.columns = m_header;
        page.offset = ask.offset;
        if (m_error.kind != ApiError::Kind::None && m_records.size() <= ask.offset) {
            ask.job->finish(m_error);
        } else {
            page.rows = m_records.mid(ask.offset, ask.count);
            page.more = !m_end || m_records.size() > want;
            ask.job->finish(page);
        }
        m_asks.removeFirst();
    }
}
