#!/usr/bin/python3
"""A stand-in for xdg-desktop-portal's FileChooser on a private session bus (GUI tests).

Answers OpenFile/SaveFile as the real portal does: returns the request handle
/org/freedesktop/portal/desktop/request/SENDER/TOKEN and then emits
org.freedesktop.portal.Request.Response on it. The answer comes from the file named by
argv[2]: a path (response 0 with that file's URI) or the word "cancel" (response 1), read
at each call so a test can change it. Every call is logged as one JSON line to argv[1].
Run with /usr/bin/python3 (Debian's python3-gi).
"""
import json
import sys

from gi.repository import Gio, GLib

LOG, ANSWER = sys.argv[1], sys.argv[2]
XML = """
<node>
  <interface name="org.freedesktop.portal.FileChooser">
    <method name="OpenFile">
      <arg type="s" direction="in"/><arg type="s" direction="in"/>
      <arg type="a{sv}" direction="in"/><arg type="o" direction="out"/>
    </method>
    <method name="SaveFile">
      <arg type="s" direction="in"/><arg type="s" direction="in"/>
      <arg type="a{sv}" direction="in"/><arg type="o" direction="out"/>
    </method>
  </interface>
</node>"""


def on_call(conn, sender, path, iface, method, params, invocation):
    parent, title, options = params.unpack()
    token = options.get("handle_token", "t")
    handle = "/org/freedesktop/portal/desktop/request/%s/%s" % (
        sender[1:].replace(".", "_"), token)
    folder = options.get("current_folder")
    entry = {
        "method": method, "parent": parent, "title": title,
        "filters": [[name, [g for _, g in globs]] for name, globs in options.get("filters", [])],
        "current_folder": bytes(folder).rstrip(b"\0").decode() if folder else None,
        "current_name": options.get("current_name"),
    }
    with open(LOG, "a") as f:
        f.write(json.dumps(entry) + "\n")
    invocation.return_value(GLib.Variant("(o)", (handle,)))
    answer = open(ANSWER).read().strip()
    if answer == "cancel":
        result = GLib.Variant("(ua{sv})", (1, {}))
    else:
        uri = Gio.File.new_for_path(answer).get_uri()
        result = GLib.Variant("(ua{sv})", (0, {"uris": GLib.Variant("as", [uri])}))
    # After the method reply, as the real portal answers once the user has chosen.
    GLib.timeout_add(100, lambda: conn.emit_signal(
        sender, handle, "org.freedesktop.portal.Request", "Response", result) and False)


def on_bus(conn, name):
    node = Gio.DBusNodeInfo.new_for_xml(XML)
    conn.register_object("/org/freedesktop/portal/desktop", node.interfaces[0], on_call)


def on_name(conn, name):
    with open(LOG, "a") as f:
        f.write(json.dumps({"ready": True}) + "\n")


Gio.bus_own_name(Gio.BusType.SESSION, "org.freedesktop.portal.Desktop",
                 Gio.BusNameOwnerFlags.NONE, on_bus, on_name, None)
GLib.MainLoop().run()
