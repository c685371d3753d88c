#pragma once

#include <QWidget>

class QPushButton;
class QTreeWidget;
class TransferQueue;

// The transfers of a browser window: one row per file with direction, progress, speed and
// the final result (verified by MD5 or by length, or the error); Cancel for the selected
// rows and Cancel all.
class TransfersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransfersPanel)

public:
    explicit TransfersPanel(TransferQueue *queue, QWidget *parent = nullptr);

    QTreeWidget *view() const { return m_view; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void refreshRow(int row);

    TransferQueue *m_queue;
    QTreeWidget *m_view;
    QPushButton *m_cancel;
    QPushButton *m_cancelAll;
};
