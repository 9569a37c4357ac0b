# args: in.txt --width 5 --fast extra
# argparse reading sys.argv: prog is the script name, parse_args() with no argument, and an
# error exit (usage and "prog: error:" on stderr, status 2) for the unknown argument.
import argparse

parser = argparse.ArgumentParser(description="Exit path test.")
parser.add_argument("path")
parser.add_argument("--width", type=int, required=True)
parser.add_argument("--fast", action="store_true")
print(parser.prog)
print(parser.parse_known_args())
parser.parse_args()
print("not reached")
