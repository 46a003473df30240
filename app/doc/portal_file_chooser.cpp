#include "doc/portal_file_chooser.hpp"

#include <gio/gio.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <thread>

namespace rk::doc {

namespace fs = std::filesystem;

namespace {

constexpr const char* kPortalBus = "org.freedesktop.portal.Desktop";
constexpr const char* kPortalPath = "/org/freedesktop/portal/desktop";
constexpr int kCallTimeoutMs = 10000;  // the call returns at once; only the answer waits

struct ResponseState {
    bool done = false;
    guint32 code = 2;
    std::string uri;
};

void on_response(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*,
                 GVariant* parameters, gpointer user_data) {
    auto* state = static_cast<ResponseState*>(user_data);
    guint32 code = 2;
    GVariant* results = nullptr;
    g_variant_get(parameters, "(u@a{sv})", &code, &results);
    state->code = code;
    if (results) {
        const gchar** uris = nullptr;
        if (g_variant_lookup(results, "uris", "^a&s", &uris) && uris && uris[0]) {
            state->uri = uris[0];
        }
        g_free(uris);
        g_variant_unref(results);
    }
    state->done = true;
}

// a(sa(us)): each filter a name and a list of (0 = glob pattern, pattern).
GVariant* filter_variant(const FileFilter& f) {
    GVariantBuilder patterns;
    g_variant_builder_init(&patterns, G_VARIANT_TYPE("a(us)"));
    for (const auto& g : f.globs)
        g_variant_builder_add(&patterns, "(us)", 0u, g.c_str());
    return g_variant_new("(s@a(us))", f.name.c_str(), g_variant_builder_end(&patterns));
}

GVariant* options_variant(const ChooserRequest& r, const std::string& token) {
    GVariantBuilder opts;
    g_variant_builder_init(&opts, G_VARIANT_TYPE_VARDICT);
    g_variant_builder_add(&opts, "{sv}", "handle_token", g_variant_new_string(token.c_str()));
    g_variant_builder_add(&opts, "{sv}", "modal", g_variant_new_boolean(TRUE));
    if (!r.filters.empty()) {
        GVariantBuilder filters;
        g_variant_builder_init(&filters, G_VARIANT_TYPE("a(sa(us))"));
        for (const auto& f : r.filters)
            g_variant_builder_add_value(&filters, filter_variant(f));
        g_variant_builder_add(&opts, "{sv}", "filters", g_variant_builder_end(&filters));
        g_variant_builder_add(&opts, "{sv}", "current_filter", filter_variant(r.filters.front()));
    }
    if (!r.folder.empty()) {
        // A byte string with its NUL, as the portal specifies for paths.
        g_variant_builder_add(&opts, "{sv}", "current_folder",
                              g_variant_new_bytestring(r.folder.c_str()));
    }
    if (r.save && !r.suggested_name.empty()) {
        g_variant_builder_add(&opts, "{sv}", "current_name",
                              g_variant_new_string(r.suggested_name.c_str()));
    }
    return g_variant_builder_end(&opts);
}

std::string take_error(GError*& err) {
    std::string s = err ? err->message : "unknown error";
    g_clear_error(&err);
    return s;
}

// One request from call to answer, with the bus and main context it needs.
class PortalCall {
  public:
    PortalCall() : ctx_(g_main_context_new()) { g_main_context_push_thread_default(ctx_); }
    ~PortalCall() {
        if (subscription_)
            g_dbus_connection_signal_unsubscribe(bus_, subscription_);
        if (bus_)
            g_object_unref(bus_);
        g_main_context_pop_thread_default(ctx_);
        g_main_context_unref(ctx_);
    }
    PortalCall(const PortalCall&) = delete;
    PortalCall& operator=(const PortalCall&) = delete;

    ChooserResult run(const ChooserRequest& r, const std::function<bool()>& stop) {
        GError* err = nullptr;
        // A private connection: its signals are dispatched in our own main context, and
        // closing it at the end leaves nothing behind in the process.
        gchar* address = g_dbus_address_get_for_bus_sync(G_BUS_TYPE_SESSION, nullptr, &err);
        if (!address)
            return unavailable("no session bus: " + take_error(err));
        bus_ = g_dbus_connection_new_for_address_sync(
            address,
            GDBusConnectionFlags(G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                 G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION),
            nullptr, nullptr, &err);
        g_free(address);
        if (!bus_)
            return unavailable("cannot connect to the session bus: " + take_error(err));
        static std::atomic<unsigned> counter{0};
        const std::string token =
            "regiekaart" + std::to_string(::getpid()) + "_" + std::to_string(counter.fetch_add(1));
        subscribe(portal_request_path(g_dbus_connection_get_unique_name(bus_), token));
        GVariant* reply = g_dbus_connection_call_sync(
            bus_, kPortalBus, kPortalPath, "org.freedesktop.portal.FileChooser",
            r.save ? "SaveFile" : "OpenFile",
            g_variant_new("(ss@a{sv})", r.parent_window.c_str(), r.title.c_str(),
                          options_variant(r, token)),
            G_VARIANT_TYPE("(o)"), G_DBUS_CALL_FLAGS_NONE, kCallTimeoutMs, nullptr, &err);
        if (!reply)
            return unavailable("file chooser portal: " + take_error(err));
        const gchar* handle = nullptr;
        g_variant_get(reply, "(&o)", &handle);
        // Portals before version 0.9 chose their own handle: follow it.
        if (handle && handle != handle_)
            subscribe(handle);
        g_variant_unref(reply);
        return wait(stop);
    }

  private:
    static ChooserResult unavailable(std::string why) {
        return {ChooserOutcome::Unavailable, {}, std::move(why)};
    }

    void subscribe(const std::string& path) {
        if (subscription_)
            g_dbus_connection_signal_unsubscribe(bus_, subscription_);
        handle_ = path;
        subscription_ = g_dbus_connection_signal_subscribe(
            bus_, kPortalBus, "org.freedesktop.portal.Request", "Response", handle_.c_str(),
            nullptr, G_DBUS_SIGNAL_FLAGS_NONE, on_response, &state_, nullptr);
    }

    ChooserResult wait(const std::function<bool()>& stop) {
        while (!state_.done) {
            while (g_main_context_iteration(ctx_, FALSE)) {
            }
            if (state_.done)
                break;
            if (stop && stop()) {
                g_dbus_connection_call_sync(
                    bus_, kPortalBus, handle_.c_str(), "org.freedesktop.portal.Request", "Close",
                    nullptr, nullptr, G_DBUS_CALL_FLAGS_NONE, 1000, nullptr, nullptr);
                return {ChooserOutcome::Cancelled, {}, "stopped"};
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        if (state_.code == 1)
            return {ChooserOutcome::Cancelled, {}, {}};
        if (state_.code != 0 || state_.uri.empty()) {
            return unavailable("file chooser portal answered " + std::to_string(state_.code));
        }
        gchar* file = g_filename_from_uri(state_.uri.c_str(), nullptr, nullptr);
        if (!file)
            return unavailable("not a local file: " + state_.uri);
        ChooserResult out{ChooserOutcome::Chosen, fs::path(file), {}};
        g_free(file);
        return out;
    }

    GMainContext* ctx_;
    GDBusConnection* bus_ = nullptr;
    guint subscription_ = 0;
    std::string handle_;
    ResponseState state_;
};

}  // namespace

std::string portal_request_path(std::string_view unique_name, std::string_view token) {
    std::string sender;
    for (char c : unique_name) {
        if (c == ':')
            continue;
        sender += c == '.' ? '_' : c;
    }
    return std::string(kPortalPath) + "/request/" + sender + "/" + std::string(token);
}

bool session_bus_configured() {
    if (const char* a = std::getenv("DBUS_SESSION_BUS_ADDRESS"); a && *a)
        return true;
    if (const char* run = std::getenv("XDG_RUNTIME_DIR"); run && *run) {
        std::error_code ec;
        return fs::exists(fs::path(run) / "bus", ec);
    }
    return false;
}

ChooserResult run_portal_chooser(const ChooserRequest& request, const std::function<bool()>& stop) {
    if (const char* off = std::getenv("REGIEKAART_NO_PORTAL"); off && std::string(off) == "1") {
        return {ChooserOutcome::Unavailable, {}, "REGIEKAART_NO_PORTAL=1"};
    }
    // GIO would otherwise try `dbus-launch --autolaunch` on X11: a stray bus, and a delay.
    if (!session_bus_configured())
        return {ChooserOutcome::Unavailable, {}, "no session bus"};
    PortalCall call;
    return call.run(request, stop);
}

}  // namespace rk::doc
