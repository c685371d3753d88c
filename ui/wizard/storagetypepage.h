#pragma once

#include <QWizardPage>

#include "services/core/storagetypes.h"

class QLabel;
class QTableWidget;
class SupportMatrix;

// Page 1: the support matrix as a table (storage type x allowed authentication, with notes);
// the selected row is the storage type. objectNames: typeTable, typeDescription.
class StorageTypePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageTypePage)

public:
    StorageTypePage(const SupportMatrix &matrix, QWidget *parent = nullptr);
    ~StorageTypePage() override;

    StorageType selectedType() const;
    void selectType(StorageType type);
    bool isComplete() const override;
    void cleanupPage() override { } // keep the choice on Back

private:
    void updateDescription();

    const SupportMatrix &m_matrix;
    QTableWidget *m_table;
    QLabel *m_description;
};
