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
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "services/core/csv.h"
#include "services/core/units.h"
#include "services/storage/storageclient.h"

using namespace Qt::Literals::StringLiterals;

namespace {

enum Page { MessagePage, TextPage, TablePage, ImagePage };

bool isImage(const QString &name, const QString &contentType)
{
    const QString ext = name.section(u'.', -1).toLower();
    return contentType.startsWith(u"image/"_s) || QStringList{u"png"_s, u"jpg"_s, u"jpeg"_s, u"gif"_s, u"bmp"_s, u"webp"_s}.contains(ext);
}

bool looksBinary(const QByteArray &data)
{
    const qsizetype n = std::min<qsizetype>(data.size(), 4096);
    int control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(data.at(i));
        if (c == 0)
            return true;
        if (c < 9 || (c > 13 && c < 32))
            ++control;
    }
    return n > 0 && control * 20 > n;
}

QString hexDump(const QByteArray &data)
{
    QString out;
    const qsizetype n = std::min<qsizetype>(data.size(), 1024);
    for (qsizetype row = 0; row < n; row += 16) {
        out += u"%1  "_s.arg(row, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = row; i < row + 16; ++i) {
            if (i < n) {
                const uchar c = uchar(data.at(i));
                out += u"%1 "_s.arg(c, 2, 16, QLatin1Char('0'));
                ascii += (c >= 32 && c < 127) ? QChar(char16_t(c)) : u'.';
            } else {
                out += u"   "_s;
            }
        }
        out += u' ' + ascii + u'\n';
    }
    return out;
}

} // namespace

StoragePreviewPane::StoragePreviewPane(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_stack(new QStackedWidget), m_message(new QLabel), m_text(new QPlainTextEdit),
      m_table(new QTableWidget), m_image(new QLabel), m_caption(new QLabel), m_properties(new QTreeWidget)
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
    m_properties->clear();
    if (entry.path.isEmpty() || entry.isDirectory || !m_client) {
        showMessage(entry.isDirectory ? tr("Folder %1").arg(entry.path) : tr("Select a file to preview it."));
        return;
    }
    showMessage(tr("Loading a preview of %1…").arg(entry.name));
    const quint64 generation = m_generation;
    const bool image = isImage(entry.name, entry.contentType);
    if (image && entry.size > ImageBytes) {
        showMessage(tr("%1 is too large to preview as an image (%2; the limit is %3).")
                        .arg(entry.name, Units::bytes(entry.size), Units::bytes(ImageBytes)));
    } else {
        m_read = m_client->read(entry.path, 0, image ? ImageBytes : PreviewBytes);
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
    const QString name = entry.name.toLower();
    const QString type = read.properties.contentType.isEmpty() ? entry.contentType : read.properties.contentType;
    if (data.isEmpty()) {
        showMessage(tr("%1 is empty.").arg(entry.name));
        return;
    }
    if (isImage(name, type)) {
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
    if (looksBinary(data)) {
        m_text->setPlainText(hexDump(data));
        m_stack->setCurrentIndex(TextPage);
        m_caption->setText(tr("Binary content: the first %1 bytes as hex. %2").arg(std::min<qsizetype>(data.size(), 1024)).arg(caption));
        return;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (name.endsWith(u".csv"_s) || name.endsWith(u".tsv"_s) || type == u"text/csv"_s) {
        const QChar sep = name.endsWith(u".tsv"_s) ? u'\t' : u',';
        if (partial) // drop the last, probably cut, line
            text = text.left(std::max<qsizetype>(0, text.lastIndexOf(u'\n')));
        qsizetype pos = 0;
        const QStringList header = Csv::record(text, pos, sep);
        QList<QStringList> rows;
        while (pos < text.size() && rows.size() < 1000)
            rows.append(Csv::record(text, pos, sep));
        m_table->clear();
        m_table->setColumnCount(int(header.size()));
        m_table->setHorizontalHeaderLabels(header);
        m_table->setRowCount(int(rows.size()));
        for (int r = 0; r < rows.size(); ++r)
            for (int c = 0; c < rows.at(r).size() && c < header.size(); ++c)
                m_table->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
        m_stack->setCurrentIndex(TablePage);
        m_caption->setText(tr("%n row(s) shown. %1", nullptr, int(rows.size())).arg(caption));
        return;
    }
    if (name.endsWith(u".json"_s) || type.contains(u"json"_s)) {
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
