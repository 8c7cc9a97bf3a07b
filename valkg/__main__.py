from valkg.console import main

main(prog_name="valkg")
