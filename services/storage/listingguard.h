#pragma once

#include <optional>
#include <unordered_set>

#include <QCoreApplication>
#include <QString>

#include "services/core/apierror.h"
#include "services/storage/storagetypes.h"

// Follows the continuation tokens of one listing and ends it when the service loops: a token
// that was already seen in this listing (a NextMarker that repeats, or a cycle of them), a
// run of pages without a single entry, or more pages than any real listing has. Every
// consumer of whole listings (folder transfers, folder sizes, recursive delete, the CLI, the
// browser's paging) checks each page here before it asks for the next one.
class ListingGuard
{
    Q_DECLARE_TR_FUNCTIONS(ListingGuard)

public:
    // Bounds: 200,000 pages is 1,000 million entries at 5,000 a page; a real service sends a
    // page without entries now and then (a timed-out Blob listing), never a thousand in a row.
    static constexpr int DefaultMaxPages = 200'000;
    static constexpr int DefaultMaxEmptyRun = 1'000;

    explicit ListingGuard(QString what = {}, int maxPages = DefaultMaxPages, int maxEmptyRun = DefaultMaxEmptyRun);

    // After each page: the error that ends the listing, or nothing (go on with page.nextToken
    // when it is not empty). `what` names the listing in the message ("the folder data/").
    std::optional<ApiError> check(const ListPage &page);
    // A guard for the listing of one folder: "the folder data/", or "the datastore's root".
    static ListingGuard forFolder(const QString &path);
    void reset();
    int pages() const { return m_pages; }

private:
    QString m_what;
    int m_maxPages;
    int m_maxEmptyRun;
    int m_pages = 0;
    int m_emptyRun = 0;
    std::unordered_set<size_t> m_seen; // hashes of the tokens: 8 bytes a page, whatever the token's length
};
