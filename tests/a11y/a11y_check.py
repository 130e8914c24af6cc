#!/usr/bin/python3
"""The accessibility check: what a screen reader can say about every control of the window.

Run by ctest inside a private D-Bus session (dbus-run-session), it starts its own Xvfb and the test binary's
hidden walk (tests/a11y/everycontrolnamed_test.cpp) under it with Qt's AT-SPI bridge on. The walk names each page,
tab and dialog as it shows it and waits; this script then walks that window's accessibility tree over AT-SPI,
as Orca would, and counts every control a user can reach (buttons, edits, combos, lists, tables, trees, spin
boxes, check boxes, tabs) that has no accessible name: Qt gives a control the text of the label whose buddy it
is, so a label as buddy counts as a name. It prints a line per page and dialog and fails on any control without
a name, on a window it cannot find, and on a walk that failed or saw too little.

  dbus-run-session -- /usr/bin/python3 a11y_check.py TEST_BINARY LANGUAGE [--selftest]

--selftest runs the walk that leaves two controls unnamed on purpose, and passes only when both are found:
the check's proof that it can fail. Exits 77 (skipped) when Xvfb, pyatspi or the session bus is missing.
"""
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time

SKIPPED = 77
# Generous: on a busy two-core machine running four tests at a time a window can take long to appear.
WAIT_SECONDS = 120

# Roles of controls a user reaches and a screen reader must name (AT-SPI role names).
CONTROLS = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry", "password text",
    "spin button", "slider", "dial", "table", "tree table", "tree", "list", "list box", "page tab",
    "date editor",
}
# Their items are cells and entries named by their own text; a popup list is not on screen.
LEAVES = {"table", "tree table", "tree", "list", "list box", "combo box", "menu bar", "menu"}


# The description the self-test gives the controls it leaves without a name (everycontrolnamed_test.cpp).
PLANTED = "left without a name on purpose"


def start_xvfb():
    """Xvfb on a display it picks itself (-displayfd), so that tests side by side never race for one."""
    if not shutil.which("Xvfb"):
        return None, None
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    number = b""
    deadline = time.time() + WAIT_SECONDS
    while not number.endswith(b"\n") and time.time() < deadline:
        ready, _, _ = select.select([read_end], [], [], 1)
        if ready:
            chunk = os.read(read_end, 16)
            if not chunk:
                break
            number += chunk
    os.close(read_end)
    if not number.strip():
        xvfb.kill()
        sys.exit("Xvfb did not start")
    return xvfb, ":" + number.decode().strip()


def own_accessibility_bus(display, runtime):
    """The session bus starts the accessibility bus when first asked, with the environment the session bus
    has: without DISPLAY and XDG_RUNTIME_DIR it puts its socket at ~/.cache/at-spi/bus, one path for every
    check running at once, and they take it from each other. Given both, it makes one in this check's folder."""
    from gi.repository import Gio, GLib
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    session.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                      "UpdateActivationEnvironment",
                      GLib.Variant("(a{ss})", ({"DISPLAY": display, "XDG_RUNTIME_DIR": runtime},)),
                      None, Gio.DBusCallFlags.NONE, -1, None)


def poll(find, what):
    """find() until it gives something; the tree is asked again and again, never trusted to be there at once."""
    deadline = time.time() + WAIT_SECONDS
    while time.time() < deadline:
        try:
            found = find()
        except Exception:  # a window closing or not yet exported answers with an error: ask again
            found = None
        if found is not None:
            return found
        time.sleep(0.2)
    raise LookupError(f"{what} did not appear on the accessibility bus within {WAIT_SECONDS} s")


def application_of(pyatspi, pid):
    def find():
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.get_process_id() == pid:
                return app
        return None
    return poll(find, f"the test process {pid}")


def window_of(pyatspi, app, title):
    def find():
        # Asked afresh each time: windows come and go between looks.
        app.clear_cache()
        for index in range(app.childCount):
            window = app.getChildAtIndex(index)
            if window is not None and window.name == title and window.getState().contains(pyatspi.STATE_SHOWING):
                return window
        return None
    return poll(find, f"the window “{title}”")


def named(pyatspi, node):
    if (node.name or "").strip():
        return True
    # A label pointed at by a relation names it too (Qt also copies a buddy label's text into the name).
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for index in range(relation.getNTargets()):
                target = relation.getTarget(index)
                if target is not None and (target.name or "").strip():
                    return True
    return False


def walk(pyatspi, window):
    """Every showing control under `window`: (count, [description of each unnamed one])."""
    count = 0
    unnamed = []

    def visit(node, path, depth):
        nonlocal count
        if depth > 80:
            return
        try:
            role = node.getRoleName()
            states = node.getState()
        except Exception:
            return
        if not states.contains(pyatspi.STATE_SHOWING):
            return
        here = path + [f"{role} “{node.name}”" if node.name else role]
        if role in CONTROLS:
            count += 1
            if not named(pyatspi, node):
                described = f" ({node.description})" if node.description else ""
                unnamed.append(" > ".join(here[-4:]) + described)
        if role in LEAVES:
            return
        for index in range(node.childCount):
            try:
                child = node.getChildAtIndex(index)
            except Exception:
                continue
            if child is not None:
                visit(child, here, depth + 1)

    window.clear_cache()
    visit(window, [], 0)
    return count, unnamed


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, language = sys.argv[1], sys.argv[2]
    selftest = "--selftest" in sys.argv[3:]
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("SKIPPED: no session bus; run under dbus-run-session (package dbus)")
        return SKIPPED
    xvfb, display = start_xvfb()
    if xvfb is None:
        print("SKIPPED: Xvfb is missing (package xvfb)")
        return SKIPPED
    runtime = tempfile.TemporaryDirectory(prefix="lofteskollen-a11y-",
                                          ignore_cleanup_errors=True)  # made private (0700), as it must be
    os.environ["DISPLAY"] = display
    os.environ["XDG_RUNTIME_DIR"] = runtime.name
    try:
        own_accessibility_bus(display, runtime.name)
        import pyatspi  # after DISPLAY: it finds the accessibility bus through the session bus or the display
    except ImportError:
        xvfb.kill()
        print("SKIPPED: pyatspi or gi is missing (packages python3-pyatspi at-spi2-core)")
        return SKIPPED

    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               LOFTESKOLLEN_A11Y_CHECKER="1", LOFTESKOLLEN_A11Y_LANGUAGE=language)
    tag = "[atspi-selftest]" if selftest else "[atspi-walk]"
    test = subprocess.Popen([binary, tag], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True,
                            bufsize=1)
    looks = controls = 0
    unnamed_total = []
    missing = []
    app = None
    try:
        for line in test.stdout:
            if not line.startswith("a11y-look\t"):
                sys.stdout.write(line)
                continue
            kind, where, title = line.rstrip("\n").split("\t")[1:4]
            looks += 1
            try:
                app = app or application_of(pyatspi, test.pid)
            except LookupError as error:
                # Nothing can be walked: stop rather than wait for every window in turn.
                missing.append(str(error))
                print(f"{kind} {where}: NOT FOUND ({error})")
                test.kill()
                break
            try:
                count, unnamed = walk(pyatspi, window_of(pyatspi, app, title))
            except LookupError as error:
                missing.append(f"{kind} {where}: {error}")
                print(f"{kind} {where}: NOT FOUND ({error})")
            else:
                controls += count
                unnamed_total += [f"{kind} {where}: {one}" for one in unnamed]
                print(f"{kind} {where}: {count} controls, {len(unnamed)} without a name")
                for one in unnamed:
                    print(f"    without a name: {one}")
            sys.stdout.flush()
            try:
                test.stdin.write("next\n")
                test.stdin.flush()
            except BrokenPipeError:  # the walk ended (crashed): its exit status says how
                break
    finally:
        try:
            test.stdin.close()
        except BrokenPipeError:
            pass
        result = test.wait()
        xvfb.kill()
        xvfb.wait()

    print(f"\n{language}: {looks} pages, tabs and dialogs walked, {controls} controls, "
          f"{len(unnamed_total)} without a name, {len(missing)} windows not found")
    if result != 0:
        print(f"the walk itself failed (exit {result})")
        return 1
    if missing:
        return 1
    if selftest:
        # The line edit and the icon-only tool button the self-test left unnamed, and nothing else.
        planted = [one for one in unnamed_total if one.endswith(f"({PLANTED})")]
        if len(unnamed_total) == 2 and len(planted) == 2:
            print("the check found both controls left without a name")
            return 0
        print("the check did not find exactly the two controls left without a name")
        return 1
    if looks < 100 or controls == 0:
        print("too little was walked to speak for the whole window")
        return 1
    if unnamed_total:
        print("every control a user reaches needs a name: setAccessibleName, or a label with setBuddy")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
