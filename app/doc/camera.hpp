// The 2D camera of the canvas: world (diagram units, y down) <-> screen pixels.
// screen = origin + (world - center) * zoom, with `origin` the middle of the canvas.
#pragma once

#include <algorithm>
#include <cmath>

namespace rk::doc {

struct Vec2d {
    double x = 0;
    double y = 0;
};

struct Bounds {
    double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
    bool valid = false;
    void add(double x, double y) {
        if (!valid) {
            min_x = max_x = x;
            min_y = max_y = y;
            valid = true;
            return;
        }
        min_x = std::min(min_x, x);
        max_x = std::max(max_x, x);
        min_y = std::min(min_y, y);
        max_y = std::max(max_y, y);
    }
};

struct Camera {
    double center_x = 0, center_y = 0;  // world point at the middle of the canvas
    double zoom = 1;                    // pixels per world unit
    double min_zoom = 1e-4, max_zoom = 50;

    Vec2d to_screen(Vec2d w, Vec2d canvas_min, Vec2d canvas_size) const {
        return {canvas_min.x + canvas_size.x * 0.5 + (w.x - center_x) * zoom,
                canvas_min.y + canvas_size.y * 0.5 + (w.y - center_y) * zoom};
    }
    Vec2d to_world(Vec2d s, Vec2d canvas_min, Vec2d canvas_size) const {
        return {center_x + (s.x - canvas_min.x - canvas_size.x * 0.5) / zoom,
                center_y + (s.y - canvas_min.y - canvas_size.y * 0.5) / zoom};
    }
    // Zooms by `factor` keeping the world point under `screen` fixed.
    void zoom_at(Vec2d screen, double factor, Vec2d canvas_min, Vec2d canvas_size) {
        const Vec2d before = to_world(screen, canvas_min, canvas_size);
        zoom = std::clamp(zoom * factor, min_zoom, max_zoom);
        const Vec2d after = to_world(screen, canvas_min, canvas_size);
        center_x += before.x - after.x;
        center_y += before.y - after.y;
    }
    void pan_pixels(double dx, double dy) {
        center_x -= dx / zoom;
        center_y -= dy / zoom;
    }
    // Shows all of `b` with `margin` pixels around it. An empty or single-point box
    // centres on it at zoom 1.
    void fit(const Bounds& b, Vec2d canvas_size, double margin = 40) {
        if (!b.valid)
            return;
        center_x = (b.min_x + b.max_x) * 0.5;
        center_y = (b.min_y + b.max_y) * 0.5;
        const double w = b.max_x - b.min_x, h = b.max_y - b.min_y;
        const double aw = std::max(1.0, canvas_size.x - 2 * margin);
        const double ah = std::max(1.0, canvas_size.y - 2 * margin);
        double z = 1;
        if (w > 1e-9 || h > 1e-9)
            z = std::min(w > 1e-9 ? aw / w : 1e9, h > 1e-9 ? ah / h : 1e9);
        zoom = std::clamp(z, min_zoom, max_zoom);
    }
};

}  // namespace rk::doc
