#pragma once

#include <functional>

#include <QHash>
#include <QUrl>
#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class TransferQueue;

// The transfers of a browser window: one row per job the user started — a file, or a whole
// folder with its files below it (expandable) — with where it goes, files done of total,
// progress, speed, time left and the result (verified by MD5 or by length, skipped, or the
// error). Cancel (the selected jobs or files), Cancel all, Clear finished, and Open
// destination folder for a finished download; each enabled only when it has something to do.
class TransfersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransfersPanel)

public:
    enum Column { NameColumn, DestinationColumn, FilesColumn, ProgressColumn, SpeedColumn, TimeLeftColumn, ResultColumn };

    explicit TransfersPanel(TransferQueue *queue, QWidget *parent = nullptr);

    QTreeWidget *view() const { return m_view; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *cancelAllButton() const { return m_cancelAll; }
    QPushButton *clearFinishedButton() const { return m_clear; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    // The top-level row of a job (nullptr once cleared).
    QTreeWidgetItem *jobItem(int group) const;
    // How a folder is opened in the file manager (tests replace it).
    std::function<bool(const QUrl &)> openUrl;

private:
    void refreshGroup(int group);
    void refreshFile(int row);
    void updateButtons();
    void clearFinished();
    void openDestination();
    int selectedGroup() const;
    QString destinationFolder(int group) const;

    TransferQueue *m_queue;
    QTreeWidget *m_view;
    QPushButton *m_cancel;
    QPushButton *m_cancelAll;
    QPushButton *m_clear;
    QPushButton *m_openFolder;
    QList<QTreeWidgetItem *> m_groupItems; // by group; nullptr once cleared
    QHash<int, QTreeWidgetItem *> m_fileItems; // a folder job's file rows, by queue row
};
