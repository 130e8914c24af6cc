// MapTab: the municipality's maps with the unsafe places and observations pinned on them. Beside the map: a
// chooser of maps (new ones loaded from a PNG or JPEG), the places and the chosen walk's observations that
// have no pin yet with a button that places one, and the legend. A click on a pin opens its record.
#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace lk {

class Document;
class MapView;

class MapTab : public QWidget {
    Q_OBJECT
public:
    explicit MapTab(Document* document, QWidget* parent = nullptr);

    void setScope(qint64 municipalityId);
    // The walk whose observations the map shows and the list offers for pinning (0: every walk's on the map,
    // none in the list); its map is shown when it has one.
    void setWalk(qint64 walkId);
    // Replaces what a click on a pin does (by default: a dialog that edits the record), for a page that
    // shows places or observations its own way.
    void setOpener(std::function<void(const QString& table, qint64 id)> opener) {
        m_opener = std::move(opener);
    }

    MapView* view() const { return m_view; }
    QComboBox* maps() const { return m_maps; }
    QComboBox* walks() const { return m_walks; }
    QListWidget* unpinned() const { return m_unpinned; }
    QPushButton* placeButton() const { return m_place; }
    QPushButton* newMapButton() const { return m_newMap; }
    QPushButton* editMapButton() const { return m_editMap; }
    QLabel* message() const { return m_message; }

private:
    void loadMaps(qint64 select);
    void loadWalks();
    void loadUnpinned();
    void showMap();
    void showWalk();
    void newMap();
    void editMap();
    void placeSelected();
    void open(const QString& table, qint64 id);
    void updateButtons();

    Document* m_document;
    QComboBox* m_maps;
    QPushButton* m_newMap;
    QPushButton* m_editMap;
    QComboBox* m_walks;
    QListWidget* m_unpinned;
    QPushButton* m_place;
    QLabel* m_allPinned;
    QLabel* m_message;
    MapView* m_view;
    qint64 m_municipalityId = 0;
    std::function<void(const QString&, qint64)> m_opener;
};

} // namespace lk
