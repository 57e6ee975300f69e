from kgingest.cli import main

main()
