# Shared by run.sh and test.sh: install what is missing, then configure and build (Release).
# Sourced, not run: it sets `repo` and `build_dir` and defines the functions below.

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${LOFTESKOLLEN_BUILD_DIR:-$repo/build}

# Every Debian 12 package the program needs to build (libzip and libpng write the ODT, libxlsxwriter the Excel
# workbooks), test (clang and its runtime for the fuzz targets) and be looked at.
packages=(
    cmake g++ make
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    libsqlite3-dev libcsv-dev catch2
    libzip-dev libpng-dev libxlsxwriter-dev
    # Shared mode: Qt's PostgreSQL driver, and the server the tests start in a temporary folder.
    libqt6sql6-psql postgresql-15
    clang libclang-rt-14-dev
    xvfb xauth imagemagick poppler-utils
    # The accessibility check (tests/a11y): a private session bus, the AT-SPI bus and a screen reader's side of it.
    dbus at-spi2-core python3-pyatspi
    # The tests open the reports' ODT in LibreOffice (and report_bench times it there).
    libreoffice-writer-nogui
)

install_missing_packages() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Please install as root: apt-get install ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S "$repo" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release
    cmake --build "$build_dir" --parallel "$(nproc)"
}
