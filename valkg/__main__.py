from valkg.cli import main

main()
