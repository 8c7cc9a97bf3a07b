from valkg.cli import main

main(prog_name="valkg")
