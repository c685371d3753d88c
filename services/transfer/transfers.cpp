#include "services/transfer/transfers.h"

#include <QMimeDatabase>

using namespace Qt::Literals::StringLiterals;

// The download and the upload themselves are in download.cpp and upload.cpp.

void TransferJob::finish(const ResultType &result)
{
    finishWith([this, result] { emit finished(result); });
}

namespace Transfers {

QString contentTypeFor(const QString &fileName)
{
    static const QMimeDatabase db;
    const QMimeType type = db.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    return type.isDefault() ? u"application/octet-stream"_s : type.name();
}

} // namespace Transfers
