from careernav.cli import main

main(prog_name="careernav")
