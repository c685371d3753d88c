#include "services/core/datastore.h"

#include "services/core/supportmatrix.h"

using namespace Qt::Literals::StringLiterals;

QString Datastore::account(const SupportMatrix &matrix) const
{
    const QString id = matrix.type(type).accountField;
    return id.isEmpty() ? QString() : fields.value(id);
}

QString Datastore::container(const SupportMatrix &matrix) const
{
    const QString id = matrix.type(type).containerField;
    return id.isEmpty() ? QString() : fields.value(id);
}

QString Datastore::azuremlUri() const
{
    return u"azureml://datastores/"_s + name;
}
