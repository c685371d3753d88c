#include "services/storage/treemeasure.h"

#include <QTimer>

#include "services/storage/storageclient.h"

using namespace Qt::Literals::StringLiterals;

TreeMeasure::TreeMeasure(StorageClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

void TreeMeasure::start(const QList<StorageEntry> &entries)
{
    for (const StorageEntry &e : entries) {
        if (e.isDirectory || e.path.endsWith(u'/')) {
            ++m_totals.folders;
            m_folders.append(e.path);
        } else {
            ++m_totals.objects;
            m_totals.bytes += std::max<qint64>(0, e.size);
        }
    }
    QTimer::singleShot(0, this, &TreeMeasure::next); // results always come from the event loop
}

void TreeMeasure::cancel()
{
    if (m_job)
        m_job->cancel();
    finish(ApiError::make(ApiError::Kind::Cancelled, u"cancelled"_s, tr("Cancelled.")));
}

void TreeMeasure::next()
{
    if (m_done)
        return;
    if (m_folders.isEmpty()) {
        finish(m_totals);
        return;
    }
    const QString folder = m_folders.takeFirst();
    m_guard = ListingGuard::forFolder(folder);
    page(folder, {});
}

void TreeMeasure::page(const QString &folder, const QString &token)
{
    if (!m_client) {
        finish(ApiError::make(ApiError::Kind::Cancelled, u"transfer.closed"_s, tr("The datastore was closed.")));
        return;
    }
    m_job = onFinished(m_client->list(folder, token, 5000, true), this, [this, folder](const Result<ListPage> &r) {
        m_job = nullptr;
        if (m_done)
            return;
        if (!r) {
            finish(r.error());
            return;
        }
        for (const StorageEntry &e : r.value().entries) {
            if (e.isDirectory)
                continue;
            ++m_totals.objects;
            m_totals.bytes += std::max<qint64>(0, e.size);
        }
        emit progress(m_totals.objects, m_totals.bytes);
        if (const auto loop = m_guard.check(r.value())) {
            finish(*loop);
            return;
        }
        if (!r.value().nextToken.isEmpty())
            page(folder, r.value().nextToken);
        else
            next();
    });
}

void TreeMeasure::finish(const Result<Totals> &result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(result);
}
