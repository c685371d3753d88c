#include "ui/storagepreviewpane.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "services/core/units.h"
#include "models/rowstablemodel.h"
#include "services/storage/contentsniff.h"
#include "services/storage/csvrows.h"
#include "services/storage/storageclient.h"

using namespace Qt::Literals::StringLiterals;

namespace {

enum Page { MessagePage, TextPage, TablePage, ImagePage };

} // namespace

StoragePreviewPane::StoragePreviewPane(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_stack(new QStackedWidget), m_message(new QLabel), m_text(new QPlainTextEdit),
      m_table(new QTableView), m_rows(new RowsTableModel(this)), m_image(new QLabel), m_caption(new QLabel), m_properties(new QTreeWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setObjectName(u"previewMessage"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setObjectName(u"previewText"_s);
    m_text->setAccessibleName(tr("Preview text"));
    m_table->setModel(m_rows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setObjectName(u"previewTable"_s);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Preview table"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setObjectName(u"previewImage"_s);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_image);

    auto *previewPage = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(4, 4, 4, 4);
    previewLayout->addWidget(m_stack, 1);
    m_caption->setWordWrap(true);
    m_caption->setObjectName(u"previewCaption"_s);
    previewLayout->addWidget(m_caption);
    m_tabs->addTab(previewPage, tr("&Preview"));

    m_properties->setColumnCount(2);
    m_properties->setHeaderLabels({tr("Property"), tr("Value")});
    m_properties->setRootIsDecorated(false);
    m_properties->setObjectName(u"propertiesTree"_s);
    m_properties->setAccessibleName(tr("Properties and metadata"));
    m_properties->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tabs->addTab(m_properties, tr("P&roperties"));
    showMessage(tr("Select a file to preview it."));
    // More rows as the table scrolls (the view asks the model's fetchMore at its end); the
    // caption says how many are in and whether more follow.
    connect(m_rows, &RowsTableModel::pageLoaded, this, &StoragePreviewPane::updateRowsCaption);
    connect(m_rows, &RowsTableModel::loadFailed, this, [this](const ApiError &e) {
        if (m_rows->rowCount() == 0)
            showMessage(tr("No preview: %1").arg(e.message));
        else
            m_caption->setText(tr("%n row(s) shown; reading more failed: %1", nullptr, m_rows->rowCount()).arg(e.message));
    });
}

void StoragePreviewPane::updateRowsCaption()
{
    if (m_stack->currentIndex() != TablePage)
        return;
    const int n = m_rows->rowCount();
    m_caption->setText(m_rows->hasMore() ? tr("The first %n row(s); more are read as you scroll.", nullptr, n)
                                         : tr("All %n row(s).", nullptr, n));
    if (m_csv && m_csv->bytesRead() > 0)
        m_caption->setText(m_caption->text() + u' ' + tr("%1 of the file read.").arg(Units::bytes(m_csv->bytesRead())));
}

void StoragePreviewPane::showRows(RowsTableModel::Fetch fetch)
{
    m_rows->setSource(std::move(fetch), RowsPageSize);
    m_stack->setCurrentIndex(TablePage);
    m_caption->setText(tr("Reading rows…"));
}

StoragePreviewPane::~StoragePreviewPane() = default;

QString StoragePreviewPane::mode() const
{
    switch (m_stack->currentIndex()) {
    case TextPage:
        return u"text"_s;
    case TablePage:
        return u"table"_s;
    case ImagePage:
        return u"image"_s;
    default:
        return u"message"_s;
    }
}

QString StoragePreviewPane::previewText() const
{
    return m_stack->currentIndex() == TextPage ? m_text->toPlainText() : m_message->text();
}

void StoragePreviewPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_caption->clear();
    m_stack->setCurrentIndex(MessagePage);
}

void StoragePreviewPane::show(const StorageEntry &entry)
{
    ++m_generation;
    if (m_read)
        m_read->cancel();
    if (m_head)
        m_head->cancel();
    m_rows->clear();
    delete m_csv;
    m_properties->clear();
    const bool rows = m_client && m_client->capabilities().rows && (entry.kind == EntryKind::Table || entry.kind == EntryKind::View);
    if (rows) {
        // A table or view: its first rows, a page at a time as the preview scrolls.
        QPointer<StorageClient> client(m_client);
        const QString path = entry.path;
        showRows([client, path](qint64 offset, int count) { return client ? client->rows(path, offset, count) : nullptr; });
        showEntryProperties(entry);
        return;
    }
    if (entry.kind == EntryKind::Column) {
        showMessage(tr("Column %1: %2%3").arg(entry.name, entry.contentType, entry.accessTier.isEmpty() ? QString() : u", "_s + entry.accessTier));
        showEntryProperties(entry);
        return;
    }
    if (entry.path.isEmpty() || entry.isDirectory || !m_client) {
        if (entry.kind == EntryKind::Schema)
            showMessage(tr("Schema %1: open it to see its tables and views.").arg(entry.name));
        else
            showMessage(entry.isDirectory ? tr("Folder %1").arg(entry.path) : tr("Select a file to preview it."));
        return;
    }
    showMessage(tr("Loading a preview of %1…").arg(entry.name));
    const quint64 generation = m_generation;
    const bool image = ContentSniff::isImage(entry.name, entry.contentType);
    if (image && entry.size > ImageBytes) {
        showMessage(tr("%1 is too large to preview as an image (%2; the limit is %3).")
                        .arg(entry.name, Units::bytes(entry.size), Units::bytes(ImageBytes)));
    } else {
        m_read = m_client->read(entry.path, 0, image ? ImageBytes : m_previewBytes);
        connect(m_read, &ReadJob::finished, this, [this, entry, generation](const Result<ReadResult> &r) {
            if (generation != m_generation)
                return;
            if (!r)
                showMessage(tr("No preview: %1").arg(r.error().message));
            else
                showData(entry, r.value());
        });
    }
    m_head = m_client->properties(entry.path);
    connect(m_head, &PropertiesJob::finished, this, [this, entry, generation](const Result<ObjectProperties> &r) {
        if (generation != m_generation)
            return;
        if (!r) {
            auto *item = new QTreeWidgetItem(m_properties, {tr("Error"), r.error().message});
            item->setToolTip(1, r.error().message);
            return;
        }
        showProperties(entry, r.value());
    });
}

void StoragePreviewPane::showData(const StorageEntry &entry, const ReadResult &read)
{
    const QByteArray &data = read.data;
    const qint64 total = read.properties.size >= 0 ? read.properties.size : entry.size;
    const bool partial = total > data.size();
    const QString caption = partial ? tr("The first %1 of %2.").arg(Units::bytes(data.size()), Units::bytes(total))
                                    : tr("All of %1.").arg(Units::bytes(data.size()));
    const QString type = read.properties.contentType.isEmpty() ? entry.contentType : read.properties.contentType;
    const ContentSniff::Kind kind = ContentSniff::classify(entry.name, type, data);
    if (kind == ContentSniff::Kind::Empty) {
        showMessage(tr("%1 is empty.").arg(entry.name));
        return;
    }
    if (kind == ContentSniff::Kind::Image) {
        QImage img = QImage::fromData(data);
        if (!img.isNull()) {
            const QSize room = m_stack->size().boundedTo(QSize(2000, 2000));
            m_image->setPixmap(QPixmap::fromImage(img.size().width() > room.width() || img.size().height() > room.height()
                                                      ? img.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                                      : img));
            m_stack->setCurrentIndex(ImagePage);
            m_caption->setText(tr("%1 × %2 pixels.").arg(img.width()).arg(img.height()));
            return;
        }
    }
    if (kind == ContentSniff::Kind::Binary || (kind == ContentSniff::Kind::Image && ContentSniff::looksBinary(data))) {
        m_text->setPlainText(ContentSniff::hexDump(data));
        m_stack->setCurrentIndex(TextPage);
        m_caption->setText(tr("Binary content: the first %1 bytes as hex. %2").arg(std::min<qsizetype>(data.size(), 1024)).arg(caption));
        return;
    }
    if (kind == ContentSniff::Kind::Csv || kind == ContentSniff::Kind::Tsv) {
        // Rows as the table scrolls, read on from the file in ranges (the bytes read for the
        // preview are the first of them).
        m_csv = new CsvRows(m_client, entry.path, kind == ContentSniff::Kind::Tsv ? u'\t' : u',', this);
        m_csv->prime(data, total);
        QPointer<CsvRows> csv(m_csv);
        showRows([csv](qint64 offset, int count) { return csv ? csv->rows(offset, count) : nullptr; });
        return;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (kind == ContentSniff::Kind::Json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error == QJsonParseError::NoError) {
            m_text->setPlainText(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
            m_stack->setCurrentIndex(TextPage);
            m_caption->setText(tr("JSON, pretty-printed. %1").arg(caption));
            return;
        }
        m_text->setPlainText(text);
        m_stack->setCurrentIndex(TextPage);
        m_caption->setText(partial ? tr("JSON, shown as text because only its beginning was read. %1").arg(caption)
                                   : tr("Not valid JSON (%1), shown as text.").arg(error.errorString()));
        return;
    }
    m_text->setPlainText(text);
    m_stack->setCurrentIndex(TextPage);
    m_caption->setText(caption);
}

void StoragePreviewPane::showProperties(const StorageEntry &entry, const ObjectProperties &p)
{
    const auto add = [this](const QString &k, const QString &v) {
        auto *item = new QTreeWidgetItem(m_properties, {k, v});
        item->setToolTip(1, v);
    };
    add(tr("Path"), entry.path);
    add(tr("Size"), tr("%1 bytes").arg(QLocale().toString(p.size)));
    add(tr("Content type"), p.contentType);
    add(tr("Last modified"), QLocale().toString(p.lastModified.toLocalTime(), QLocale::LongFormat));
    add(tr("ETag"), p.etag);
    add(tr("Content-MD5"), p.contentMd5.isEmpty() ? tr("(none stored)") : QString::fromLatin1(p.contentMd5.toBase64()));
    if (!p.kind.isEmpty())
        add(tr("Kind"), p.kind);
    if (!p.accessTier.isEmpty())
        add(tr("Access tier"), p.accessTier);
    for (auto it = p.metadata.begin(); it != p.metadata.end(); ++it)
        add(tr("Metadata: %1").arg(it.key()), it.value());
}

void StoragePreviewPane::showEntryProperties(const StorageEntry &entry)
{
    const auto add = [this](const QString &k, const QString &v) {
        auto *item = new QTreeWidgetItem(m_properties, {k, v});
        item->setToolTip(1, v);
    };
    add(tr("Path"), entry.path);
    add(tr("Name"), entry.name);
    if (!entry.contentType.isEmpty())
        add(tr("Type"), entry.contentType);
    if (entry.size >= 0)
        add(tr("Rows (estimate)"), QLocale().toString(entry.size));
    if (!entry.accessTier.isEmpty())
        add(tr("Details"), entry.accessTier);
}
