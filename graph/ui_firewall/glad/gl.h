#error \
    "graph/ is the engine: it must not include UI, GLFW or OpenGL headers (see README, Architecture)"
