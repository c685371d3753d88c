#pragma once

// What the download and the upload (download.cpp, upload.cpp) share. Internal to
// services/transfer.
#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include "services/core/apierror.h"

namespace TransferDetail {

// The texts of downloads and uploads, in context "Transfers" (a class lupdate can read: a
// function wrapping translate() hides its strings from it).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Transfers)
};

inline ApiError fileError(const QString &what, const QFile &file)
{
    return ApiError::make(ApiError::Kind::Database, QStringLiteral("file.error"), what.arg(QDir::toNativeSeparators(file.fileName())),
                          {}, file.errorString());
}

// The piece size that shares `bytes` evenly among `parallel` connections, kept within
// [least, most]: every connection streams, with few requests.
inline qint64 evenShare(qint64 bytes, int parallel, qint64 least, qint64 most)
{
    const qint64 share = (bytes + parallel - 1) / std::max(1, parallel);
    return std::clamp(share, least, std::max(least, most));
}

} // namespace TransferDetail
