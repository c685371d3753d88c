#include "services/storage/listingguard.h"

#include <QHash>

#include "services/core/printable.h"

using namespace Qt::StringLiterals;

ListingGuard::ListingGuard(QString what, int maxPages, int maxEmptyRun)
    : m_what(std::move(what)), m_maxPages(maxPages), m_maxEmptyRun(maxEmptyRun)
{
}

ListingGuard ListingGuard::forFolder(const QString &path)
{
    return ListingGuard(path.isEmpty() ? tr("the datastore's root") : tr("the folder %1").arg(Printable::line(path)));
}

void ListingGuard::reset()
{
    m_pages = 0;
    m_emptyRun = 0;
    m_seen.clear();
}

std::optional<ApiError> ListingGuard::check(const ListPage &page)
{
    ++m_pages;
    m_emptyRun = page.entries.isEmpty() ? m_emptyRun + 1 : 0;
    if (page.nextToken.isEmpty())
        return std::nullopt;
    const QString what = m_what.isEmpty() ? tr("the listing") : m_what;
    if (!m_seen.insert(qHash(page.nextToken, size_t(0x5eed))).second) {
        return ApiError::make(ApiError::Kind::Parse, u"storage.listing_loop"_s,
                              tr("The service listed %1 in a loop: page %2 sent a continuation token it had already sent, so "
                                 "the listing was stopped.")
                                  .arg(what)
                                  .arg(m_pages),
                              {}, tr("repeated token %1").arg(Printable::line(page.nextToken, 80)));
    }
    if (m_emptyRun >= m_maxEmptyRun) {
        return ApiError::make(ApiError::Kind::Parse, u"storage.listing_empty_run"_s,
                              tr("The service sent %1 pages of %2 in a row without a single entry, so the listing was stopped.")
                                  .arg(m_emptyRun)
                                  .arg(what));
    }
    if (m_pages >= m_maxPages) {
        return ApiError::make(ApiError::Kind::Parse, u"storage.listing_too_long"_s,
                              tr("The listing of %1 did not end after %2 pages, so it was stopped.").arg(what).arg(m_pages));
    }
    return std::nullopt;
}
