#include "services/storage/storagetypes.h"

void ListJob::finish(const ResultType &result)
{
    finishWith([this, result] { emit finished(result); });
}

void ReadJob::finish(const ResultType &result)
{
    finishWith([this, result] { emit finished(result); });
}

void PropertiesJob::finish(const ResultType &result)
{
    finishWith([this, result] { emit finished(result); });
}

void RowsJob::finish(const ResultType &result)
{
    finishWith([this, result] { emit finished(result); });
}
