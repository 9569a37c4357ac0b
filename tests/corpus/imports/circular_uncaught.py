# The circular from-import error, uncaught: frames of both modules.
import circpkg.c
