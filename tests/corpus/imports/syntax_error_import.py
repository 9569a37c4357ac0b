# A SyntaxError in an imported module is reported after the import's frame.
import _badsyntax
